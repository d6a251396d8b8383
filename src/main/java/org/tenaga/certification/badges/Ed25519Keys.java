package org.tenaga.certification.badges;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/** Ed25519 public keys as Multikeys: {@code z6Mk…} = base58-btc(0xed 0x01 ‖ 32-byte raw key). */
public final class Ed25519Keys {

  /** The fixed DER prefix of every X.509 SubjectPublicKeyInfo of an Ed25519 key. */
  private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

  private static final byte[] MULTICODEC_ED25519_PUB = {(byte) 0xed, 0x01};

  private Ed25519Keys() {}

  public static String publicKeyMultibase(PublicKey key) {
    byte[] encoded = key.getEncoded();
    if (encoded.length != X509_PREFIX.length + 32 || !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
      throw new IllegalArgumentException("not an Ed25519 public key");
    }
    byte[] prefixed = new byte[34];
    System.arraycopy(MULTICODEC_ED25519_PUB, 0, prefixed, 0, 2);
    System.arraycopy(encoded, X509_PREFIX.length, prefixed, 2, 32);
    return Multibase.encode(prefixed);
  }

  public static PublicKey fromMultibase(String publicKeyMultibase) {
    byte[] prefixed = Multibase.decode(publicKeyMultibase);
    if (prefixed.length != 34 || prefixed[0] != MULTICODEC_ED25519_PUB[0] || prefixed[1] != MULTICODEC_ED25519_PUB[1]) {
      throw new IllegalArgumentException("not an Ed25519 Multikey");
    }
    byte[] x509 = new byte[X509_PREFIX.length + 32];
    System.arraycopy(X509_PREFIX, 0, x509, 0, X509_PREFIX.length);
    System.arraycopy(prefixed, 2, x509, X509_PREFIX.length, 32);
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key", e);
    }
  }
}
