package org.tenaga.certification.badges;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.OffsetDateTime;
import java.util.Base64;

/** An Ed25519 key pair of the installation, published as {@code /api/v1/issuer/keys/{number}}. */
@Entity
@Table(name = "signing_key")
public class SigningKey {

  @Id
  @Column(name = "key_number")
  private int number;

  @Column(name = "public_key", nullable = false)
  private String publicKey;

  @Column(name = "private_key", nullable = false)
  private String privateKey;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected SigningKey() {}

  static SigningKey generate(int number, OffsetDateTime at) {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      SigningKey key = new SigningKey();
      key.number = number;
      key.publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
      key.privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
      key.createdAt = at;
      return key;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK cannot make Ed25519 keys", e);
    }
  }

  public int getNumber() {
    return number;
  }

  public PublicKey publicKey() {
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("stored public key " + number + " is unreadable", e);
    }
  }

  PrivateKey privateKey() {
    try {
      return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("stored private key " + number + " is unreadable", e);
    }
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
