package org.tenaga.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EnrolmentStatusTest {

  @Test
  void theTransitionsAreExactlyThoseOfTheDesign() {
    assertEquals(EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WITHDRAWN, EnrolmentStatus.CANCELLED), EnrolmentStatus.WAITLISTED.next());
    assertEquals(
        EnumSet.of(EnrolmentStatus.COMPLETED, EnrolmentStatus.NOT_COMPLETED, EnrolmentStatus.WITHDRAWN, EnrolmentStatus.CANCELLED),
        EnrolmentStatus.ENROLLED.next());
  }

  @ParameterizedTest
  @EnumSource(value = EnrolmentStatus.class, names = {"COMPLETED", "NOT_COMPLETED", "WITHDRAWN", "CANCELLED"})
  void finalStatesGoNowhere(EnrolmentStatus s) {
    assertTrue(s.isFinal());
    assertFalse(s.holdsPlace());
    for (EnrolmentStatus target : EnrolmentStatus.values()) {
      assertFalse(s.canMoveTo(target), s + " → " + target);
    }
  }

  @Test
  void aWaitlistedLearnerCannotCompleteWithoutASeat() {
    assertFalse(EnrolmentStatus.WAITLISTED.canMoveTo(EnrolmentStatus.COMPLETED));
    assertFalse(EnrolmentStatus.WAITLISTED.canMoveTo(EnrolmentStatus.NOT_COMPLETED));
  }

  @Test
  void onlyWaitlistedAndEnrolledHoldAPlace() {
    Set<EnrolmentStatus> holding = EnumSet.noneOf(EnrolmentStatus.class);
    for (EnrolmentStatus s : EnrolmentStatus.values()) {
      if (s.holdsPlace()) {
        holding.add(s);
      }
    }
    assertEquals(EnumSet.of(EnrolmentStatus.WAITLISTED, EnrolmentStatus.ENROLLED), holding);
  }
}
