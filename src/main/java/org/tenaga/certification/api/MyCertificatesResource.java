package org.tenaga.certification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.certification.Certificate;
import org.tenaga.certification.VerificationCode;
import org.tenaga.enrolment.api.LearnerViews;
import org.tenaga.people.Learner;
import org.tenaga.platform.api.ApiException;

/** The caller's own certificates. */
@Path("/v1/me/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyCertificatesResource {

  @PersistenceContext EntityManager em;
  @Inject CurrentAccount caller;
  @Inject Clock clock;

  @GET
  @RolesAllowed("LEARNER")
  @Transactional
  @Operation(summary = "The caller's certificates; code is the verification code")
  public List<LearnerViews.MyCertificate> mine() {
    Learner learner = caller.requireLearner();
    LocalDate today = LocalDate.now(clock);
    return em.createNamedQuery("Certificate.findByLearner", Certificate.class).setParameter("learner", learner.getId()).getResultList().stream()
        .map(c -> new LearnerViews.MyCertificate(c.getVerificationCode(), c.getSerial(), c.getCourse().getCode(), c.getCourse().getTitle(),
            c.getIssuedOn(), c.getExpiresOn().orElse(null), c.statusOn(today).name()))
        .toList();
  }

}
