package org.tenaga.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a password must be: 10–128 characters, not a common or trivially guessable one. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON =
      Set.of(
          "password123", "1234567890", "qwertyuiop", "password1234", "iloveyou12", "0123456789",
          "abcdefghij", "passw0rd12", "tenaga1234", "administrator");

  private PasswordPolicy() {}

  /** The problem with a password, or empty when it is acceptable. */
  public static Optional<String> problem(String password, String email) {
    if (password == null || password.isEmpty()) {
      return Optional.of("is required");
    }
    if (password.length() < MIN_LENGTH) {
      return Optional.of("must be at least " + MIN_LENGTH + " characters");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower) || password.chars().distinct().count() < 4) {
      return Optional.of("is too easy to guess");
    }
    if (email != null && !email.isBlank() && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0])) {
      return Optional.of("must not contain your email name");
    }
    return Optional.empty();
  }
}
