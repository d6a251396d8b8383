package org.tenaga.people;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A trainer's qualification and how it was earned: given by a coordinator (who, when), or by a
 * certificate of a train-the-trainer course (which one).
 */
public record EarnedQualification(
    String courseCode,
    String courseTitle,
    QualificationSource source,
    String grantedBy,
    OffsetDateTime grantedAt,
    Optional<CertificateReference> certificate) {

  /** Coordinators withdraw only what coordinators gave. */
  public boolean isRemovable() {
    return source == QualificationSource.COORDINATOR;
  }
}
