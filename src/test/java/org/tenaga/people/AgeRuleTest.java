package org.tenaga.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AgeRuleTest {

  @Test
  void ageIsCompletedYearsOnTheDate() {
    LocalDate born = LocalDate.of(2000, 3, 15);
    assertEquals(25, AgeRule.ageOn(born, LocalDate.of(2025, 3, 15)).getAsInt());
    assertEquals(24, AgeRule.ageOn(born, LocalDate.of(2025, 3, 14)).getAsInt());
  }

  @Test
  void aLeapDayBirthdayTurnsOverOnTheFirstOfMarchInOtherYears() {
    LocalDate born = LocalDate.of(2004, 2, 29);
    assertEquals(20, AgeRule.ageOn(born, LocalDate.of(2025, 2, 28)).getAsInt());
    assertEquals(21, AgeRule.ageOn(born, LocalDate.of(2025, 3, 1)).getAsInt());
  }

  @Test
  void youthIsFifteenToThirtyFiveInclusive() {
    assertFalse(AgeRule.isYouth(14));
    assertTrue(AgeRule.isYouth(15));
    assertTrue(AgeRule.isYouth(35));
    assertFalse(AgeRule.isYouth(36));
  }

  @Test
  void someoneTurningThirtySixTheDayAfterTheStartIsStillYouth() {
    LocalDate born = LocalDate.of(1990, 6, 2);
    LocalDate start = LocalDate.of(2026, 6, 1);
    assertTrue(AgeRule.isYouth(AgeRule.ageOn(born, start).getAsInt()));
    assertFalse(AgeRule.isYouth(AgeRule.ageOn(born, start.plusDays(1)).getAsInt()));
  }

  @Test
  void anUnstatedBirthDateHasNoAge() {
    assertEquals(OptionalInt.empty(), AgeRule.ageOn(null, LocalDate.of(2026, 1, 1)));
  }

  @Test
  void aDateBeforeBirthIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> AgeRule.ageOn(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)));
  }
}
