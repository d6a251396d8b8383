package org.tenaga.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.tenaga.audit.AuditLog;
import org.tenaga.people.Learner;
import org.tenaga.people.LearnerProfile;
import org.tenaga.platform.Problem;
import org.tenaga.platform.Problems;
import org.tenaga.platform.api.ApiException;

/**
 * A learner editing their own profile, checked exactly as registration checks it. Past
 * enrolments keep the demographic snapshot taken when they were made: an edit changes who the
 * learner is from now on, never who was trained.
 */
@ApplicationScoped
public class ProfileEditing {

  @PersistenceContext private EntityManager em;
  @Inject LearnerProfileCheck check;
  @Inject AuditLog audit;

  /** What an edit did. */
  public record Outcome(Learner learner, boolean emailChanged, List<String> changedFields) {}

  /**
   * Replaces the caller's profile; a new email must be free and becomes the login.
   *
   * @throws ApiException 400 naming each bad field (nothing changed); 403 for an account without
   *     a learner profile; 409 {@code email_taken}
   */
  @Transactional
  public Outcome edit(UserAccount caller, ProfileChange change) {
    if (change == null) {
      throw ApiException.invalid("body", "is required");
    }
    Problems problems = new Problems();
    String email = check.email(change.email(), problems);
    LearnerProfile profile = check.profile(change.answers(), problems);
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    // The caller may come from another persistence context: work on managed copies.
    UserAccount account = em.find(UserAccount.class, caller.getId());
    Learner learner = account.getLearner()
        .map(l -> em.find(Learner.class, l.getId()))
        .orElseThrow(() -> ApiException.forbidden("This account has no learner profile."));
    String before = account.getEmail();
    boolean emailChanged = !email.equals(before);
    if (emailChanged && check.isTaken(email, account)) {
      throw new ApiException(409, "email_taken", Problem.of("refusal.email.taken"));
    }
    List<String> changed = new ArrayList<>(learner.revise(profile));
    account.rename(profile.fullName());
    if (emailChanged) {
      changed.add(0, "email");
      account.changeEmail(email);
      learner.changeEmail(email);
    }
    if (!changed.isEmpty()) {
      // Field names only: the values are personal data, and erasure must not have to find them here.
      audit.record("learner.profile", "Learner", learner.getId(), "Profile edited: " + String.join(", ", changed));
    }
    if (emailChanged) {
      AccountTraces.rename(em, before, email);
    }
    return new Outcome(learner, emailChanged, List.copyOf(changed));
  }
}
