package org.tenaga.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;

/** Age in whole years, and ASEAN's definition of youth. */
public final class AgeRule {

  /** ASEAN defines youth as aged 15 to 35 inclusive. */
  public static final int YOUTH_MIN = 15;

  public static final int YOUTH_MAX = 35;

  private AgeRule() {}

  /** Completed years of age on the given date; empty when the birth date is not stated. */
  public static OptionalInt ageOn(LocalDate birthDate, LocalDate on) {
    if (birthDate == null) {
      return OptionalInt.empty();
    }
    if (on.isBefore(birthDate)) {
      throw new IllegalArgumentException("date " + on + " is before the birth date " + birthDate);
    }
    return OptionalInt.of(Period.between(birthDate, on).getYears());
  }

  /** Youth on the given date: aged 15–35 inclusive (a cohort's start date, in metrics). */
  public static boolean isYouth(int age) {
    return age >= YOUTH_MIN && age <= YOUTH_MAX;
  }
}
