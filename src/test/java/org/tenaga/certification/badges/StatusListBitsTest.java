package org.tenaga.certification.badges;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatusListBitsTest {

  @Test
  void encodedListIsMultibaseBase64UrlOfTheGzippedBitstring() {
    byte[] bits = new byte[StatusLists.SIZE / 8];
    bits[0] = (byte) 0x80; // index 0: the most significant bit of the first byte
    bits[5] = 0x01; // index 47
    String encoded = StatusLists.encode(bits);
    assertTrue(encoded.startsWith("u"));
    assertTrue(encoded.length() < 300, "16 KB of mostly zeros compresses well: " + encoded.length());
    assertArrayEquals(bits, StatusLists.decode(encoded));
  }

  @Test
  void aSerialMapsToAListAndABit() {
    assertEquals(1, StatusLists.listOf(1));
    assertEquals(1, StatusLists.listOf(StatusLists.SIZE - 1));
    assertEquals(2, StatusLists.listOf(StatusLists.SIZE));
  }
}
