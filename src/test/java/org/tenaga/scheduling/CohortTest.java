package org.tenaga.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tenaga.catalog.Course;
import org.tenaga.catalog.CourseDefinition;
import org.tenaga.catalog.CourseLevel;
import org.tenaga.catalog.DeliveryMode;

class CohortTest {

  static final OffsetDateTime T = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.ofHours(7));
  static final LocalDate START = LocalDate.of(2026, 2, 2);

  static Course course() {
    return new Course(
        new CourseDefinition(
            "AI-TEST-101", "AI for Testing", "Summary", CourseLevel.FOUNDATIONAL, 12, List.of("en", "id"),
            Set.of(DeliveryMode.ONLINE), Set.of("ai-literacy"), Set.of(), 80, null, null, Set.of(), null, "Body", "AI-TEST-101.md", "x"),
        "<p>Body</p>",
        T);
  }

  static Cohort cohort(int capacity) {
    return new Cohort("C-1", course(), "ID", "ID-JK", null, "id", START, START.plusWeeks(4), capacity, T);
  }

  @Test
  void seatsUntilFullThenTheWaitlist() {
    Cohort c = cohort(2);
    assertEquals(SeatDecision.SEAT, c.decideSeat(Set.of(), START, 0));
    c.takeSeat();
    c.takeSeat();
    assertEquals(SeatDecision.WAITLIST, c.decideSeat(EnumSet.allOf(PriorityGroup.class), START, 0));
    assertEquals(1, c.joinWaitlist());
    assertEquals(2, c.joinWaitlist());
    assertThrows(IllegalStateException.class, c::takeSeat, "never beyond capacity");
  }

  @Test
  void beforeTheReleaseDateOthersTakeOnlyUnreservedSeats() {
    Cohort c = cohort(4);
    LocalDate release = START.minusDays(7);
    c.reserveSeats(2, EnumSet.of(PriorityGroup.WOMEN, PriorityGroup.RURAL), release);
    LocalDate before = release.minusDays(1);
    c.takeSeat();
    c.takeSeat(); // two unreserved seats taken by others
    assertEquals(SeatDecision.WAITLIST, c.decideSeat(Set.of(), before, 0));
    assertEquals(SeatDecision.RESERVED_SEAT, c.decideSeat(Set.of(PriorityGroup.WOMEN), before, 0));
    assertEquals(SeatDecision.WAITLIST, c.decideSeat(Set.of(PriorityGroup.YOUTH), before, 0), "youth is not a group of this reservation");
    // On the release date the reserved seats open to everyone.
    assertEquals(SeatDecision.SEAT, c.decideSeat(Set.of(), release, 0));
  }

  @Test
  void aPriorityLearnerTakesAReservedSeatFirst() {
    Cohort c = cohort(4);
    c.reserveSeats(1, EnumSet.of(PriorityGroup.DISABILITY), START);
    assertEquals(SeatDecision.RESERVED_SEAT, c.decideSeat(Set.of(PriorityGroup.DISABILITY), START.minusDays(1), 0));
    assertEquals(SeatDecision.SEAT, c.decideSeat(Set.of(PriorityGroup.DISABILITY), START.minusDays(1), 1));
  }

  @Test
  void statusFollowsDraftOpenRunningCompleted() {
    Cohort c = cohort(10);
    assertThrows(CohortStateException.class, () -> c.open(T), "no sessions yet");
    c.addSession(T.plusDays(30), T.plusDays(30).plusHours(3), null, Set.of());
    c.open(T);
    assertThrows(CohortStateException.class, () -> c.complete(T), "must run first");
    c.start(T);
    c.complete(T);
    assertEquals(CohortStatus.COMPLETED, c.getStatus());
    assertThrows(CohortStateException.class, () -> c.cancel("too late", T));
  }

  @Test
  void cancellingNeedsAReason() {
    Cohort c = cohort(10);
    assertThrows(IllegalArgumentException.class, () -> c.cancel(" ", T));
    c.cancel("Venue flooded", T);
    assertEquals("Venue flooded", c.getCancelReason().orElseThrow());
  }

  @Test
  void theLanguageMustBeOneOfTheCourses() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Cohort("C-2", course(), "VN", "VN-SG", null, "vi", START, START.plusDays(1), 10, T));
  }

  @Test
  void sessionsStayNumberedInTimeOrder() {
    Cohort c = cohort(10);
    c.addSession(T.plusDays(9), T.plusDays(9).plusHours(2), null, Set.of());
    c.addSession(T.plusDays(2), T.plusDays(2).plusHours(2), null, Set.of());
    assertEquals(T.plusDays(2), c.getSessions().get(0).getStartsAt());
    assertEquals(1, c.getSessions().get(1).getSeq());
  }
}
