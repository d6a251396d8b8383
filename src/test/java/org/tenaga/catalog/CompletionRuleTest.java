package org.tenaga.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompletionRuleTest {

  @Test
  void attendanceAtExactlyTheMinimumCompletes() {
    CompletionRule rule = new CompletionRule(80, null);
    assertTrue(rule.isMetBy(8, 10, null));
    assertFalse(rule.isMetBy(7, 10, null));
  }

  @Test
  void theMinimumIsNotRoundedInTheLearnersFavour() {
    // 2 of 3 sessions is 66.67%, below 67%.
    assertFalse(new CompletionRule(67, null).isMetBy(2, 3, null));
    assertTrue(new CompletionRule(66, null).isMetBy(2, 3, null));
  }

  @Test
  void anAssessedCourseNeedsThePassScore() {
    CompletionRule rule = new CompletionRule(75, 60);
    assertTrue(rule.isMetBy(4, 4, 60));
    assertFalse(rule.isMetBy(4, 4, 59));
    assertFalse(rule.isMetBy(4, 4, null), "no recorded score is not a pass");
    assertFalse(rule.isMetBy(2, 4, 100), "a perfect score does not replace attendance");
  }

  @Test
  void aCohortWithoutSessionsCannotBeCompleted() {
    assertFalse(new CompletionRule(0, null).isMetBy(0, 0, null));
  }

  @Test
  void valuesOutsideTheirRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new CompletionRule(101, null));
    assertThrows(IllegalArgumentException.class, () -> new CompletionRule(50, -1));
  }
}
