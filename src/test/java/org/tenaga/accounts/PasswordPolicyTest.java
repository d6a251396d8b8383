package org.tenaga.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void refusesShortCommonAndRepetitivePasswords() {
    assertEquals(Optional.of("must be at least 10 characters"), PasswordPolicy.problem("short", null));
    assertEquals(Optional.of("is too easy to guess"), PasswordPolicy.problem("password123", null));
    assertEquals(Optional.of("is too easy to guess"), PasswordPolicy.problem("aaaaaaaaaaaa", null));
    assertEquals(Optional.of("must not contain your email name"), PasswordPolicy.problem("siti.rahma-2026!", "siti.rahma@example.org"));
  }

  @Test
  void acceptsAReasonablePassphrase() {
    assertTrue(PasswordPolicy.problem("kopi susu di pagi hari", "someone@example.org").isEmpty());
  }

  @Test
  void emailShapes() {
    assertTrue(EmailAddress.isValid("siti@tenaga.test"));
    assertTrue(!EmailAddress.isValid("siti@"));
    assertTrue(!EmailAddress.isValid("no at sign"));
  }
}
