package org.tenaga.certification.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.certification.Certificate;
import org.tenaga.certification.CertificateRepository;
import org.tenaga.certification.IssuingInstallation;
import org.tenaga.people.Learner;
import org.tenaga.platform.api.ApiException;

/** Public verification of a certificate by its code. */
@Path("/v1/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

  @Inject CertificateRepository certificates;
  @Inject IssuingInstallation issuer;
  @Inject Clock clock;

  /** What anyone may learn from a verification code: nothing about the holder beyond the name. */
  public record Verification(
      String serial, String status, String holderName, String courseCode, String courseTitle, int hours, List<String> skills,
      String issuer, LocalDate issuedOn, LocalDate expiresOn, String revocationReason, LocalDate revokedOn) {}

  @GET
  @Path("{code}")
  @Transactional
  @Operation(summary = "Public verification: status, holder name, course, dates; 404 if unknown")
  public Verification verify(@PathParam("code") String code) {
    Certificate c = certificates.findByCode(code).orElseThrow(() -> ApiException.notFound("Certificate"));
    LocalDate today = LocalDate.now(clock);
    Learner holder = c.getLearner();
    return new Verification(c.getSerial(), c.statusOn(today).name(),
        holder.isErased() ? "(the holder erased their personal data)" : holder.getFullName(),
        c.getCourse().getCode(), c.getCourse().getTitle(), c.getCourse().getHours(), List.copyOf(c.getCourse().getSkills()),
        issuer.name(), c.getIssuedOn(), c.getExpiresOn().orElse(null), c.getRevocationReason().orElse(null),
        c.getRevokedAt().map(t -> t.toLocalDate()).orElse(null));
  }
}
