package org.tenaga.certification;

import java.security.SecureRandom;

/**
 * A certificate's public verification code: 160 random bits in lower-case base32 (32
 * characters), far beyond guessing, and safe in a URL.
 */
public record VerificationCode(String value) {

  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  public VerificationCode {
    if (value == null || !value.matches("[a-z2-7]{32}")) {
      throw new IllegalArgumentException("not a verification code");
    }
  }

  public static VerificationCode random() {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    StringBuilder out = new StringBuilder(32);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    return new VerificationCode(out.toString());
  }

  public static boolean isWellFormed(String value) {
    return value != null && value.matches("[a-z2-7]{32}");
  }

  @Override
  public String toString() {
    return value;
  }
}
