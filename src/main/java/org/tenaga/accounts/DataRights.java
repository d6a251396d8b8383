package org.tenaga.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.tenaga.audit.AuditLog;
import org.tenaga.people.Learner;
import org.tenaga.platform.InterfaceLanguage;

/**
 * A learner's rights over their data: a copy of everything Tenaga holds about them, and erasure.
 * Erasure removes name, email, phone, birth date and the account, and pseudonymises the learner's
 * name as an actor in the audit log; the enrolments' demographic snapshots stay, so inclusion
 * statistics do not change, and certificates then verify as "holder erased their data".
 */
@ApplicationScoped
public class DataRights {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public JsonObject export(UserAccount account) {
    Learner l = account.getLearner().orElseThrow();
    JsonObjectBuilder profile = Json.createObjectBuilder()
        .add("id", String.valueOf(l.getId()))
        .add("email", String.valueOf(l.getEmail()))
        .add("fullName", String.valueOf(l.getFullName()))
        .add("country", l.getCountryCode())
        .add("province", String.valueOf(l.getProvinceCode()))
        .add("gender", l.getGender().name())
        .add("birthDate", l.getBirthDate().map(Object::toString).orElse(""))
        .add("locality", l.getLocality().name())
        .add("sector", l.getSector().map(Enum::name).orElse(""))
        .add("disability", Json.createObjectBuilder()
            .add("seeing", String.valueOf(l.getDisability().getSeeing()))
            .add("hearing", String.valueOf(l.getDisability().getHearing()))
            .add("walking", String.valueOf(l.getDisability().getWalking()))
            .add("cognition", String.valueOf(l.getDisability().getCognition()))
            .add("selfCare", String.valueOf(l.getDisability().getSelfCare()))
            .add("communication", String.valueOf(l.getDisability().getCommunication())))
        .add("consentAt", l.getConsentAt().toString())
        .add("consentPolicyVersion", l.getConsentPolicyVersion());
    JsonArrayBuilder enrolments = Json.createArrayBuilder();
    for (Object[] r : rows("SELECT e.id, c.code, e.status, e.requested_at, e.waitlist_position, e.sessions_attended, e.score,"
        + " e.snap_gender, e.snap_age, e.snap_locality, e.snap_sector, e.snap_disability FROM enrolment e JOIN cohort c ON c.id = e.cohort_id"
        + " WHERE e.learner_id = ?1 ORDER BY e.requested_at", l.getId())) {
      enrolments.add(Json.createObjectBuilder()
          .add("id", String.valueOf(r[0])).add("cohort", String.valueOf(r[1])).add("status", String.valueOf(r[2]))
          .add("requestedAt", String.valueOf(r[3])).add("waitlistPosition", String.valueOf(r[4]))
          .add("sessionsAttended", String.valueOf(r[5])).add("score", String.valueOf(r[6]))
          .add("snapshotAtEnrolment", Json.createObjectBuilder().add("gender", String.valueOf(r[7])).add("age", String.valueOf(r[8]))
              .add("locality", String.valueOf(r[9])).add("sector", String.valueOf(r[10])).add("disability", String.valueOf(r[11]))));
    }
    JsonArrayBuilder attendance = Json.createArrayBuilder();
    for (Object[] r : rows("SELECT c.code, s.seq, a.present, a.recorded_at FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id"
        + " JOIN cohort_session s ON s.id = a.session_id JOIN cohort c ON c.id = e.cohort_id WHERE e.learner_id = ?1 ORDER BY c.code, s.seq", l.getId())) {
      attendance.add(Json.createObjectBuilder().add("cohort", String.valueOf(r[0])).add("session", ((Number) r[1]).intValue() + 1)
          .add("present", Boolean.TRUE.equals(r[2])).add("recordedAt", String.valueOf(r[3])));
    }
    JsonArrayBuilder certificates = Json.createArrayBuilder();
    for (Object[] r : rows("SELECT serial, verification_code, issued_on, expires_on, status, revocation_reason FROM certificate WHERE learner_id = ?1", l.getId())) {
      certificates.add(Json.createObjectBuilder().add("serial", String.valueOf(r[0])).add("verificationCode", String.valueOf(r[1]))
          .add("issuedOn", String.valueOf(r[2])).add("expiresOn", String.valueOf(r[3])).add("status", String.valueOf(r[4]))
          .add("revocationReason", String.valueOf(r[5])));
    }
    JsonArrayBuilder events = Json.createArrayBuilder();
    for (Object[] r : rows("SELECT occurred_at, action, summary FROM audit_event WHERE actor = ?1 OR (entity_type = 'Learner' AND entity_id = ?2) ORDER BY occurred_at",
        account.getEmail(), String.valueOf(l.getId()))) {
      events.add(Json.createObjectBuilder().add("at", String.valueOf(r[0])).add("action", String.valueOf(r[1])).add("summary", String.valueOf(r[2])));
    }
    audit.record("learner.export", "Learner", l.getId(), "Downloaded their data");
    return Json.createObjectBuilder()
        .add("account", Json.createObjectBuilder().add("email", account.getEmail()).add("fullName", account.getFullName())
            .add("roles", Json.createArrayBuilder(account.getRoles().stream().map(Enum::name).toList()))
            .add("createdAt", account.getCreatedAt().toString())
            .add("preferredLanguage", account.getPreferredLanguage().map(InterfaceLanguage::code).orElse("")))
        .add("profile", profile).add("enrolments", enrolments).add("attendance", attendance)
        .add("certificates", certificates).add("activity", events)
        .build();
  }

  /** Erases the caller's personal data and account; statistics and certificates stay. */
  @Transactional
  public void erase(UserAccount account) {
    // The account may come from another persistence context: work on managed copies.
    Learner l = em.find(Learner.class, account.getLearner().orElseThrow().getId());
    String pseudonym = "erased-learner-" + l.getId();
    String email = account.getEmail();
    // A learner's right to erasure covers their email where it names them as an actor.
    AccountTraces.rename(em, email, pseudonym);
    em.createNativeQuery("DELETE FROM account_role WHERE account_id = ?1").setParameter(1, account.getId()).executeUpdate();
    em.createNativeQuery("DELETE FROM account_country WHERE account_id = ?1").setParameter(1, account.getId()).executeUpdate();
    em.createNativeQuery("DELETE FROM user_account WHERE id = ?1").setParameter(1, account.getId()).executeUpdate();
    l.erase(OffsetDateTime.now(clock));
    em.flush();
    em.getEntityManagerFactory().getCache().evict(UserAccount.class);
    audit.record("learner.erase", "Learner", l.getId(), "Personal data erased at the learner's request");
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object... params) {
    var q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    return q.getResultList();
  }
}
