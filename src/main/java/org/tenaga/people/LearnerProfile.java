package org.tenaga.people;

import java.time.LocalDate;

/**
 * What a learner says about themselves, once checked: name, country and province, and the
 * demographic answers. Any answer may be "prefer not to say": {@code NOT_STATED} for gender and
 * locality, null for the others.
 */
public record LearnerProfile(
    String fullName,
    CountryCode country,
    String provinceCode,
    Gender gender,
    LocalDate birthDate,
    Locality locality,
    Sector sector,
    WashingtonGroupAnswers disability) {

  public LearnerProfile {
    if (fullName == null || fullName.isBlank() || country == null) {
      throw new IllegalArgumentException("a learner's profile has a name and a country");
    }
    gender = gender == null ? Gender.NOT_STATED : gender;
    locality = locality == null ? Locality.NOT_STATED : locality;
    disability = disability == null ? WashingtonGroupAnswers.notAnswered() : disability;
  }
}
