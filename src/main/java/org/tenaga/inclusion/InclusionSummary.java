package org.tenaga.inclusion;

import java.util.List;

/**
 * The headline figures of a slice: people at the chosen stage, people certified (distinct
 * learners) against certificates issued, cascade reach (people certified in cohorts taught by
 * trainers qualified through a train-the-trainer course), and completion rates by gender with
 * the women–men gap.
 *
 * @param gapPoints women's completion rate minus men's, in percentage points; null when either
 *     rate is withheld or undefined
 */
public record InclusionSummary(
    Stage stage, Figure people, Figure peopleCertified, Figure certificatesIssued, Figure cascadeReach,
    List<CompletionRate> completion, Double gapPoints) {

  /**
   * A group's completion rate: completed / enrolled, in cohorts that have ended (both counted in
   * people); null when either count is withheld or nobody's cohort has ended.
   */
  public record CompletionRate(String group, Figure ended, Figure completed, Double rate) {}
}
