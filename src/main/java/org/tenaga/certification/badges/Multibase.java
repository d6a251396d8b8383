package org.tenaga.certification.badges;

import java.math.BigInteger;
import java.util.Arrays;

/** Multibase base58-btc ({@code z…}), the encoding of Data Integrity proof values and Multikeys. */
public final class Multibase {

  private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger BASE = BigInteger.valueOf(58);

  private Multibase() {}

  public static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    BigInteger value = new BigInteger(1, bytes);
    while (value.signum() > 0) {
      BigInteger[] qr = value.divideAndRemainder(BASE);
      out.append(ALPHABET.charAt(qr[1].intValue()));
      value = qr[0];
    }
    for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
      out.append('1'); // each leading zero byte is a leading '1'
    }
    return "z" + out.reverse();
  }

  /** The bytes of a {@code z…} string; IllegalArgumentException when it is not base58-btc. */
  public static byte[] decode(String multibase) {
    if (multibase == null || !multibase.startsWith("z") || multibase.length() < 2) {
      throw new IllegalArgumentException("not a base58-btc multibase value (must start with 'z')");
    }
    String text = multibase.substring(1);
    BigInteger value = BigInteger.ZERO;
    for (char c : text.toCharArray()) {
      int digit = ALPHABET.indexOf(c);
      if (digit < 0) {
        throw new IllegalArgumentException("'" + c + "' is not a base58 character");
      }
      value = value.multiply(BASE).add(BigInteger.valueOf(digit));
    }
    byte[] magnitude = value.toByteArray();
    if (magnitude.length > 1 && magnitude[0] == 0) {
      magnitude = Arrays.copyOfRange(magnitude, 1, magnitude.length); // sign byte
    }
    int leadingZeros = 0;
    while (leadingZeros < text.length() && text.charAt(leadingZeros) == '1') {
      leadingZeros++;
    }
    byte[] out = new byte[leadingZeros + (value.signum() == 0 ? 0 : magnitude.length)];
    System.arraycopy(magnitude, 0, out, leadingZeros, out.length - leadingZeros);
    return out;
  }
}
