package org.tenaga.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionPatternTest {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @Test
  void tuesdayAndThursdayForFourWeeksMakesEightSessionsInLocalTime() {
    // 3 March 2026 is a Tuesday.
    SessionPattern p = new SessionPattern(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 0), LocalTime.of(12, 0), LocalDate.of(2026, 3, 3), 4);
    List<SessionPattern.Slot> slots = p.slots(JAKARTA);
    assertEquals(8, slots.size());
    assertEquals(OffsetDateTime.of(2026, 3, 3, 9, 0, 0, 0, ZoneOffset.ofHours(7)), slots.get(0).start());
    assertEquals(OffsetDateTime.of(2026, 3, 5, 12, 0, 0, 0, ZoneOffset.ofHours(7)), slots.get(1).end());
    assertEquals(LocalDate.of(2026, 3, 26), slots.get(7).start().toLocalDate());
  }

  @Test
  void aSessionStaysAtItsLocalTimeAcrossADaylightSavingChange() {
    SessionPattern p = new SessionPattern(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(18, 0), LocalTime.of(20, 0), LocalDate.of(2026, 3, 2), 2);
    List<SessionPattern.Slot> slots = p.slots(ZoneId.of("America/New_York"));
    assertEquals(ZoneOffset.ofHours(-5), slots.get(0).start().getOffset());
    assertEquals(ZoneOffset.ofHours(-4), slots.get(1).start().getOffset(), "after 8 March, EDT");
    assertEquals(18, slots.get(1).start().getHour());
  }

  @Test
  void impossiblePatternsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SessionPattern(EnumSet.noneOf(DayOfWeek.class), LocalTime.NOON, LocalTime.MIDNIGHT, LocalDate.now(), 1));
    assertThrows(IllegalArgumentException.class, () -> new SessionPattern(EnumSet.of(DayOfWeek.MONDAY), LocalTime.NOON, LocalTime.of(11, 0), LocalDate.now(), 1));
    assertThrows(IllegalArgumentException.class, () -> new SessionPattern(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.NOON, LocalDate.now(), 53));
  }
}
