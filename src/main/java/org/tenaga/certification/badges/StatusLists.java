package org.tenaga.certification.badges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.tenaga.certification.Certificate;
import org.tenaga.certification.CertificateRevoked;
import org.tenaga.certification.CertificateStatus;
import org.tenaga.platform.PublicUrl;

/**
 * W3C Bitstring Status Lists of revocations. A certificate's dense serial number is its index:
 * list {@code index / SIZE + 1}, bit {@code index % SIZE}. Each list is published as a signed
 * BitstringStatusListCredential, rewritten in the transaction of every revocation.
 */
@ApplicationScoped
public class StatusLists {

  /** 16 KB of bits: the minimum the specification sets so that a list does not single anyone out. */
  public static final int SIZE = 131_072;

  @PersistenceContext EntityManager em;
  @Inject Issuer issuer;
  @Inject PublicUrl publicUrl;
  @Inject Clock clock;

  public String url(int listNumber) {
    return publicUrl.resolve("/api/v1/issuer/status/" + listNumber);
  }

  public static int listOf(int statusListIndex) {
    return statusListIndex / SIZE + 1;
  }

  /** The {@code credentialStatus} entry of a certificate's credential. */
  public JsonObject entryFor(Certificate certificate) {
    int index = certificate.getStatusListIndex();
    String list = url(listOf(index));
    int bit = index % SIZE;
    return Json.createObjectBuilder()
        .add("id", list + "#" + bit)
        .add("type", "BitstringStatusListEntry")
        .add("statusPurpose", "revocation")
        .add("statusListIndex", Integer.toString(bit))
        .add("statusListCredential", list)
        .build();
  }

  /** Start-up: every list that certificates point into exists, and matches the certificates. */
  @Transactional
  public void publishAll() {
    Integer highest = em.createQuery("SELECT MAX(c.statusListIndex) FROM Certificate c", Integer.class).getSingleResult();
    int lists = highest == null ? 1 : listOf(highest);
    for (int n = 1; n <= lists; n++) {
      publish(n);
    }
  }

  /** A newly issued certificate's list exists (a new list is needed once every {@link #SIZE}). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void ensureListFor(Certificate certificate) {
    int n = listOf(certificate.getStatusListIndex());
    if (em.find(StatusList.class, n) == null) {
      publish(n);
    }
  }

  void onRevoked(@Observes CertificateRevoked revoked) {
    publish(listOf(revoked.certificate().getStatusListIndex()));
  }

  /** The published list credential, as JSON text. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> published(int listNumber) {
    return Optional.ofNullable(em.find(StatusList.class, listNumber)).map(StatusList::getCredential);
  }

  /** Whether the published list {@code listUrl} has bit {@code bit} set; empty if it is not one of ours. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Boolean> isSet(String listUrl, int bit) {
    String prefix = publicUrl.resolve("/api/v1/issuer/status/");
    if (listUrl == null || !listUrl.startsWith(prefix) || bit < 0 || bit >= SIZE) {
      return Optional.empty();
    }
    int n;
    try {
      n = Integer.parseInt(listUrl.substring(prefix.length()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return published(n)
        .map(text -> Json.createReader(new StringReader(text)).readObject())
        .map(list -> decode(list.getJsonObject("credentialSubject").getString("encodedList")))
        .map(bits -> (bits[bit / 8] & (0x80 >> (bit % 8))) != 0);
  }

  private void publish(int n) {
    // The row lock makes concurrent revocations take turns, so each sees the others' bits.
    StatusList list = em.find(StatusList.class, n, LockModeType.PESSIMISTIC_WRITE);
    byte[] bits = new byte[SIZE / 8];
    int first = (n - 1) * SIZE;
    for (Integer index :
        em.createQuery(
                "SELECT c.statusListIndex FROM Certificate c WHERE c.status = :revoked"
                    + " AND c.statusListIndex >= :first AND c.statusListIndex < :end",
                Integer.class)
            .setParameter("revoked", CertificateStatus.REVOKED)
            .setParameter("first", first)
            .setParameter("end", first + SIZE)
            .getResultList()) {
      int bit = index - first;
      bits[bit / 8] |= (byte) (0x80 >> (bit % 8)); // bit 0 is the most significant bit of byte 0
    }
    String url = url(n);
    JsonObject unsigned =
        Json.createObjectBuilder()
            .add("@context", Json.createArrayBuilder().add(BundledContexts.CREDENTIALS_V2))
            .add("id", url)
            .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
            .add("issuer", issuer.id())
            .add("validFrom", clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())
            .add(
                "credentialSubject",
                Json.createObjectBuilder()
                    .add("id", url + "#list")
                    .add("type", "BitstringStatusList")
                    .add("statusPurpose", "revocation")
                    .add("encodedList", encode(bits)))
            .build();
    String signed;
    try {
      signed = issuer.sign(unsigned).toString();
    } catch (CredentialProblem e) {
      throw new IllegalStateException("Tenaga's own status list did not sign: " + e.getMessage(), e);
    }
    if (list == null) {
      list = new StatusList(n);
      list.publish(signed, OffsetDateTime.now(clock));
      em.persist(list);
    } else {
      list.publish(signed, OffsetDateTime.now(clock));
    }
  }

  /** Multibase base64url (no padding) of the GZIP-compressed bitstring. */
  static String encode(byte[] bits) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
  }

  static byte[] decode(String encodedList) {
    if (!encodedList.startsWith("u")) {
      throw new IllegalArgumentException("encodedList must be multibase base64url ('u…')");
    }
    try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encodedList.substring(1))))) {
      return gzip.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
