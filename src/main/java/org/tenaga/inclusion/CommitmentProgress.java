package org.tenaga.inclusion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A commitment against its targets: people certified (distinct learners) against the people
 * target and what the elapsed part of the period calls for, certificates issued, and each
 * inclusion share against its minimum. Withheld figures (donors, small numbers) are null.
 */
public record CommitmentProgress(
    String code,
    String title,
    LocalDate periodStart,
    LocalDate periodEnd,
    int targetPeople,
    long expectedPeople,
    Figure people,
    TargetStatus peopleStatus,
    Figure certificates,
    List<ShareProgress> shares) {

  /** An inclusion share (women, youth, rural, disability) against its target. */
  public record ShareProgress(String group, BigDecimal target, Double actual, String display, TargetStatus status) {}

  public ShareProgress share(String group) {
    return shares.stream().filter(s -> s.group().equals(group)).findFirst().orElseThrow();
  }
}
