package org.tenaga.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.tenaga.catalog.CompletionRule;
import org.tenaga.people.DisabilityStatus;
import org.tenaga.people.Gender;
import org.tenaga.people.Locality;

class EnrolmentTest {

  private static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7));
  private static final DemographicSnapshot SNAP =
      new DemographicSnapshot(Gender.FEMALE, 24, Locality.RURAL, null, DisabilityStatus.NO, "ID-NT");

  @Test
  void aWaitlistedLearnerIsPromotedIntoASeat() {
    Enrolment e = Enrolment.waitlisted(null, null, SNAP, 1, AT);
    e.promote(false, AT.plusDays(1));
    assertEquals(EnrolmentStatus.ENROLLED, e.getStatus());
    assertTrue(e.getWaitlistPosition().isEmpty());
    assertEquals(AT.plusDays(1), e.getEnrolledAt().orElseThrow());
  }

  @Test
  void evaluationFollowsTheCompletionRule() {
    Enrolment pass = Enrolment.enrolled(null, null, SNAP, false, AT);
    pass.setSessionsAttended(8);
    pass.recordScore(70);
    assertTrue(pass.evaluate(new CompletionRule(80, 60), 10, AT));
    assertEquals(EnrolmentStatus.COMPLETED, pass.getStatus());

    Enrolment fail = Enrolment.enrolled(null, null, SNAP, false, AT);
    fail.setSessionsAttended(10);
    fail.recordScore(59);
    fail.evaluate(new CompletionRule(80, 60), 10, AT);
    assertEquals(EnrolmentStatus.NOT_COMPLETED, fail.getStatus());
  }

  @Test
  void aCompletedEnrolmentCannotBeWithdrawnOrEvaluatedAgain() {
    Enrolment e = Enrolment.enrolled(null, null, SNAP, false, AT);
    e.setSessionsAttended(1);
    e.evaluate(new CompletionRule(50, null), 1, AT);
    assertThrows(EnrolmentStateException.class, () -> e.withdraw("changed my mind", AT));
    assertThrows(EnrolmentStateException.class, () -> e.evaluate(new CompletionRule(50, null), 1, AT));
  }

  @Test
  void aScoreOutside0To100IsRefused() {
    Enrolment e = Enrolment.enrolled(null, null, SNAP, false, AT);
    assertThrows(IllegalArgumentException.class, () -> e.recordScore(101));
    assertThrows(IllegalArgumentException.class, () -> e.recordScore(-1));
  }

  @Test
  void theSnapshotPlacesTheLearnerInTheirPriorityGroups() {
    assertEquals(
        java.util.EnumSet.of(
            org.tenaga.scheduling.PriorityGroup.WOMEN, org.tenaga.scheduling.PriorityGroup.YOUTH, org.tenaga.scheduling.PriorityGroup.RURAL),
        SNAP.priorityGroups());
  }
}
