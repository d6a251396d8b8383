package org.tenaga.accounts;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.tenaga.platform.AppSettings;
import org.tenaga.platform.PublicUrl;

/**
 * Short-lived bearer tokens for API clients, in the MicroProfile JWT format (RS256; {@code upn}
 * and {@code groups} claims), so that a client pays the password hash once instead of on every
 * request. The RSA key is made on first start and kept in the database, so every instance of a
 * cluster accepts every other's tokens.
 */
@ApplicationScoped
public class ApiTokens {

  public static final Duration LIFETIME = Duration.ofMinutes(15);
  private static final String KEY_SETTING = "api.token.key";

  @Inject AppSettings settings;
  @Inject PublicUrl publicUrl;
  @Inject Clock clock;

  private volatile KeyPair keys;

  public record Token(String token, Instant expiresAt) {}

  @Transactional
  public void ensureKey() {
    if (settings.get(KEY_SETTING).isEmpty()) {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Base64.Encoder b64 = Base64.getEncoder();
        settings.put(KEY_SETTING, b64.encodeToString(pair.getPrivate().getEncoded()) + "." + b64.encodeToString(pair.getPublic().getEncoded()));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("this JDK cannot make RSA keys", e);
      }
    }
  }

  public Token issue(UserAccount account) {
    Instant now = clock.instant();
    Instant expires = now.plus(LIFETIME);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(publicUrl.resolve("/"))
            .subject(String.valueOf(account.getId()))
            .claim("upn", account.getEmail())
            .claim("groups", AccountIdentityStore.groupsOf(account).stream().sorted().toList())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expires))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(new RSASSASigner(keys().getPrivate()));
    } catch (JOSEException e) {
      throw new IllegalStateException("signing a token failed", e);
    }
    return new Token(jwt.serialize(), expires);
  }

  /** The email ({@code upn}) of a token this installation signed and that has not expired. */
  public Optional<String> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      // Only RS256: a token that names another algorithm ("none", HS256 with the public key) is refused.
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
          || !jwt.verify(new RSASSAVerifier((RSAPublicKey) keys().getPublic()))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date expiry = claims.getExpirationTime();
      if (expiry == null || !clock.instant().isBefore(expiry.toInstant()) || !publicUrl.resolve("/").equals(claims.getIssuer())) {
        return Optional.empty();
      }
      return Optional.ofNullable(claims.getStringClaim("upn"));
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private KeyPair keys() {
    KeyPair pair = keys;
    if (pair == null) {
      String[] stored = settings.get(KEY_SETTING).orElseThrow(() -> new IllegalStateException("the token key is made at start-up")).split("\\.");
      try {
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        Base64.Decoder b64 = Base64.getDecoder();
        pair = new KeyPair(
            (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(b64.decode(stored[1]))),
            (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(b64.decode(stored[0]))));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("the stored token key is unreadable", e);
      }
      keys = pair;
    }
    return pair;
  }
}
