package org.tenaga.accounts;

/** A self-registration as received; every demographic answer may be left out ("prefer not to say"). */
public record NewLearner(
    String email,
    String password,
    String fullName,
    String country,
    String province,
    String gender,
    String birthDate,
    String locality,
    String sector,
    Disability disability,
    Boolean consent) {

  /** The answers about the learner, for the checks registration shares with profile editing. */
  public ProfileAnswers answers() {
    return new ProfileAnswers(fullName, country, province, gender, birthDate, locality, sector, disability);
  }

  /** The Washington Group Short Set answers: NONE, SOME, A_LOT, CANNOT, or absent. */
  public record Disability(String seeing, String hearing, String walking, String cognition, String selfCare, String communication) {}
}
