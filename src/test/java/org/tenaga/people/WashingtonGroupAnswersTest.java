package org.tenaga.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WashingtonGroupAnswersTest {

  private static final Difficulty N = Difficulty.NONE;

  @ParameterizedTest
  @EnumSource(value = Difficulty.class, names = {"A_LOT", "CANNOT"})
  void aLotOfDifficultyOrCannotInAnyDomainIsADisability(Difficulty severe) {
    assertEquals(DisabilityStatus.YES, new WashingtonGroupAnswers(N, N, N, N, N, severe).status());
    assertEquals(DisabilityStatus.YES, new WashingtonGroupAnswers(severe, null, null, null, null, null).status());
  }

  @Test
  void someDifficultyEverywhereIsNotADisability() {
    Difficulty s = Difficulty.SOME;
    assertEquals(DisabilityStatus.NO, new WashingtonGroupAnswers(s, s, s, s, s, s).status());
  }

  @Test
  void allNoneIsNo() {
    assertEquals(DisabilityStatus.NO, new WashingtonGroupAnswers(N, N, N, N, N, N).status());
  }

  @Test
  void anUnansweredDomainWithoutASevereOneIsNotStated() {
    assertEquals(DisabilityStatus.NOT_STATED, new WashingtonGroupAnswers(N, N, null, N, N, N).status());
    assertEquals(DisabilityStatus.NOT_STATED, WashingtonGroupAnswers.notAnswered().status());
  }
}
