package org.tenaga.accounts;

/**
 * A learner's edit of their own profile ({@code PUT /api/v1/me/profile}, the profile page): the
 * registration's fields without password and consent. It replaces the whole profile: an answer
 * left out becomes "prefer not to say".
 */
public record ProfileChange(
    String email,
    String fullName,
    String country,
    String province,
    String gender,
    String birthDate,
    String locality,
    String sector,
    NewLearner.Disability disability) {

  public ProfileAnswers answers() {
    return new ProfileAnswers(fullName, country, province, gender, birthDate, locality, sector, disability);
  }
}
