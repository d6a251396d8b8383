package org.tenaga.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tenaga.platform.Problem;

/** What a password must be: 10–128 characters, not a common or trivially guessable one. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON =
      Set.of(
          "password123", "1234567890", "qwertyuiop", "password1234", "iloveyou12", "0123456789",
          "abcdefghij", "passw0rd12", "tenaga1234", "administrator");

  private PasswordPolicy() {}

  /** The problem with a password, in English, or empty when it is acceptable. */
  public static Optional<String> problem(String password, String email) {
    return check(password, email).map(Problem::english);
  }

  /** The problem with a password, for a page to say in its language; empty when it is acceptable. */
  public static Optional<Problem> check(String password, String email) {
    if (password == null || password.isEmpty()) {
      return Optional.of(Problem.of("problem.required"));
    }
    if (password.length() < MIN_LENGTH) {
      return Optional.of(Problem.of("problem.chars.min", MIN_LENGTH));
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of(Problem.of("problem.chars.max", MAX_LENGTH));
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower) || password.chars().distinct().count() < 4) {
      return Optional.of(Problem.of("problem.password.easy"));
    }
    if (email != null && !email.isBlank() && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0])) {
      return Optional.of(Problem.of("problem.password.email"));
    }
    return Optional.empty();
  }
}
