package org.tenaga.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import org.tenaga.audit.AuditLog;
import org.tenaga.people.Learner;
import org.tenaga.people.LearnerProfile;
import org.tenaga.platform.Problem;
import org.tenaga.platform.Problems;
import org.tenaga.platform.api.ApiException;

/**
 * Learners registering themselves: profile, demographics (each may be "prefer not to say"),
 * explicit consent recorded with its time and policy version, and a LEARNER account.
 */
@ApplicationScoped
public class Registration {

  @PersistenceContext private EntityManager em;
  @Inject AccountRepository accounts;
  @Inject LearnerProfileCheck check;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * @throws ApiException 400 naming each bad field; 409 {@code email_taken} (saying nothing more)
   */
  @Transactional
  public Learner register(NewLearner r) {
    if (r == null) {
      throw ApiException.invalid("body", "is required");
    }
    Problems problems = new Problems();
    String email = check.email(r.email(), problems);
    PasswordPolicy.check(r.password(), email).ifPresent(p -> problems.add("password", p));
    LearnerProfile profile = check.profile(r.answers(), problems);
    if (!Boolean.TRUE.equals(r.consent())) {
      problems.add("consent", "problem.consent");
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    if (check.isTaken(email, null)) {
      throw new ApiException(409, "email_taken", Problem.of("refusal.email.register"));
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Learner learner = new Learner(email, profile, now, Learner.CURRENT_POLICY_VERSION);
    em.persist(learner);
    UserAccount account = new UserAccount(email, hasher.hash(r.password()), profile.fullName(), EnumSet.of(Role.LEARNER), now);
    account.linkLearner(learner);
    accounts.store(account);
    audit.record("learner.register", "Learner", learner.getId(), "Registered, consenting to policy " + Learner.CURRENT_POLICY_VERSION);
    return learner;
  }
}
