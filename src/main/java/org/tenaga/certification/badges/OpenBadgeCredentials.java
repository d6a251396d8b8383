package org.tenaga.certification.badges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.tenaga.catalog.CompletionRule;
import org.tenaga.catalog.Course;
import org.tenaga.certification.Certificate;
import org.tenaga.platform.PublicUrl;

/** A certificate as a signed Open Badges 3.0 {@code OpenBadgeCredential}. */
@ApplicationScoped
public class OpenBadgeCredentials {

  @Inject Issuer issuer;
  @Inject StatusLists statusLists;
  @Inject PublicUrl publicUrl;

  @Transactional(Transactional.TxType.SUPPORTS)
  public JsonObject signed(Certificate certificate) {
    try {
      return issuer.sign(unsigned(certificate));
    } catch (CredentialProblem e) {
      // Everything signed here is Tenaga's own making: a problem is a defect, not bad input.
      throw new IllegalStateException("credential of " + certificate.getSerial() + " did not sign: " + e.getMessage(), e);
    }
  }

  JsonObject unsigned(Certificate certificate) {
    Course course = certificate.getCourse();
    JsonArrayBuilder skills = Json.createArrayBuilder();
    course.getSkills().stream().sorted().forEach(skills::add);
    JsonObject achievement =
        Json.createObjectBuilder()
            .add("id", publicUrl.resolve("/api/v1/courses/" + course.getCode()))
            .add("type", Json.createArrayBuilder().add("Achievement"))
            .add("achievementType", "Certificate")
            .add("humanCode", course.getCode())
            .add("name", course.getTitle())
            .add("description", course.getSummary() + " (" + course.getHours() + " hours)")
            .add("criteria", Json.createObjectBuilder().add("narrative", criteria(course.getCompletion())))
            .add("tag", skills)
            .build();
    JsonObjectBuilder subject =
        Json.createObjectBuilder()
            .add("type", Json.createArrayBuilder().add("AchievementSubject"))
            .add("achievement", achievement);
    if (!certificate.getLearner().isErased()) {
      subject.add(
          "identifier",
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("type", "IdentityObject")
                      .add("identityHash", certificate.getLearner().getFullName())
                      .add("identityType", "name")
                      .add("hashed", false)));
    }
    JsonObjectBuilder credential =
        Json.createObjectBuilder()
            .add("@context", Json.createArrayBuilder().add(BundledContexts.CREDENTIALS_V2).add(BundledContexts.OPEN_BADGES_V3))
            .add("id", publicUrl.verification(certificate.getVerificationCode()))
            .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
            .add(
                "issuer",
                Json.createObjectBuilder()
                    .add("id", issuer.id())
                    .add("type", Json.createArrayBuilder().add("Profile"))
                    .add("name", issuer.name())
                    .add("url", publicUrl.resolve("/")))
            .add("name", course.getTitle() + " — certificate " + certificate.getSerial())
            .add("validFrom", startOf(certificate.getIssuedOn()));
    certificate.getExpiresOn().ifPresent(expiry -> credential.add("validUntil", endOf(expiry)));
    return credential
        .add("credentialSubject", subject)
        .add("credentialStatus", statusLists.entryFor(certificate))
        .build();
  }

  private static String criteria(CompletionRule rule) {
    String attendance = "Attended at least " + rule.getMinAttendancePercent() + "% of the sessions";
    return rule.getPassScore().map(score -> attendance + " and scored at least " + score + " of 100.").orElse(attendance + ".");
  }

  private static String startOf(LocalDate day) {
    return day.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
  }

  /** A certificate is valid through its expiry day (Certificate.statusOn). */
  private static String endOf(LocalDate day) {
    return day.atTime(23, 59, 59).toInstant(ZoneOffset.UTC).toString();
  }
}
