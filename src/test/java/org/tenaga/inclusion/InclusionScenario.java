package org.tenaga.inclusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.tenaga.accounts.AccountRepository;
import org.tenaga.accounts.DataRights;
import org.tenaga.accounts.NewLearner;
import org.tenaga.accounts.Registration;
import org.tenaga.accounts.UserAccount;
import org.tenaga.catalog.Course;
import org.tenaga.catalog.CourseRepository;
import org.tenaga.certification.CertificateRevocation;
import org.tenaga.certification.CohortLifecycle;
import org.tenaga.enrolment.Enrolment;
import org.tenaga.enrolment.EnrolmentRefused;
import org.tenaga.enrolment.EnrolmentService;
import org.tenaga.enrolment.EnrolmentStatus;
import org.tenaga.enrolment.RosterService;
import org.tenaga.people.Learner;
import org.tenaga.people.PeopleRepository;
import org.tenaga.people.Trainer;
import org.tenaga.platform.api.ApiException;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortPlan;
import org.tenaga.scheduling.CohortPlanning;

/**
 * Test-only, in the server: builds inclusion test data through the same services the pages and
 * the API use — registration, scheduling, enrolment, the roster, completion, revocation, erasure.
 */
@ApplicationScoped
public class InclusionScenario {

  static final String PASSWORD = "kopi susu di pagi hari";

  @PersistenceContext EntityManager em;
  @Inject Registration registration;
  @Inject AccountRepository accounts;
  @Inject CohortPlanning planning;
  @Inject CohortLifecycle lifecycle;
  @Inject EnrolmentService enrolments;
  @Inject RosterService roster;
  @Inject DataRights rights;
  @Inject PeopleRepository people;
  @Inject CourseRepository courses;
  @Inject CertificateRevocation revocation;
  @Inject Clock clock;

  public UserAccount coordinator() {
    return accounts.findByEmail("coordinator@tenaga.test").orElseThrow();
  }

  /** A learner with random demographics (any answer may be left out). */
  public long register(Random random, String country, String tag) {
    String[] genders = {"FEMALE", "MALE", "OTHER", null};
    String[] localities = {"RURAL", "URBAN", null};
    String[] sectors = {"GOVERNMENT", "MSME", "STUDENT", "EDUCATOR", "PRIVATE_SECTOR", "CIVIL_SOCIETY", "UNEMPLOYED", "OTHER", null};
    String[] answers = {"NONE", "SOME", "A_LOT", "CANNOT", null};
    String province = people.provinces(country).get(random.nextInt(people.provinces(country).size())).getCode();
    String birth = random.nextInt(6) == 0 ? null : LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
    NewLearner.Disability wg = random.nextInt(3) == 0 ? null : new NewLearner.Disability(
        answers[random.nextInt(answers.length)], random.nextInt(4) == 0 ? "A_LOT" : "NONE", null, null, null, null);
    Learner l = registration.register(new NewLearner(
        tag + "-" + System.nanoTime() + "@example.org", PASSWORD, "Inclusion Tester " + tag, country, province,
        genders[random.nextInt(genders.length)], birth, localities[random.nextInt(localities.length)],
        sectors[random.nextInt(sectors.length)], wg, true));
    return l.getId();
  }

  /**
   * An OPEN online cohort of a course in a country, with sessions in the small hours so no demo
   * trainer is busy; another time is tried on a clash.
   */
  public long openCohort(Random random, String courseCode, String country, LocalDate start, int capacity) {
    return openCohort(random, courseCode, country, start, capacity, null);
  }

  /** The same, taught by the given trainer (or any qualified one when null). */
  public long openCohort(Random random, String courseCode, String country, LocalDate start, int capacity, Long trainerId) {
    Course course = courses.find(courseCode).orElseThrow();
    List<Trainer> trainers = trainerId == null ? people.trainers(java.util.Set.of(country), courseCode) : List.of(people.trainer(trainerId).orElseThrow());
    if (trainers.isEmpty()) {
      throw new IllegalArgumentException("no trainer for " + courseCode + " in " + country);
    }
    String province = people.provinces(country).get(0).getCode();
    String zone = "+07:00";
    for (int attempt = 0; attempt < 20; attempt++) {
      LocalDate first = start.plusDays(attempt);
      int minute = random.nextInt(50);
      String hour = String.format("%02d", 1 + random.nextInt(3));
      List<CohortPlan.SessionPlan> sessions = new ArrayList<>();
      for (int s = 0; s < 2; s++) {
        LocalDate day = first.plusDays(s * 7L);
        sessions.add(new CohortPlan.SessionPlan(day + "T" + hour + ":" + String.format("%02d", minute) + ":00" + zone,
            day + "T" + hour + ":" + String.format("%02d", minute + 5) + ":00" + zone, null));
      }
      CohortPlan plan = new CohortPlan(courseCode, country, province, null, true, course.getLanguages().iterator().next(),
          first.toString(), first.plusDays(7).toString(), capacity, 0, List.of(), null,
          List.of(String.valueOf(trainers.get(random.nextInt(trainers.size())).getId())), sessions, null);
      try {
        Cohort c = planning.create(plan, coordinator());
        lifecycle.changeStatus(c.getId(), "OPEN", null, coordinator());
        return c.getId();
      } catch (ApiException clash) {
        if (clash.status() != 409) {
          throw clash;
        }
      }
    }
    throw new IllegalStateException("no free slot for a " + courseCode + " cohort in " + country);
  }

  /** Asks for a place; empty when the rules refuse it (overlap, prerequisites, not open). */
  @Transactional
  public Optional<EnrolmentStatus> enrol(long cohortId, long learnerId) {
    try {
      return Optional.of(enrolments.enrolSelf(cohortId, em.find(Learner.class, learnerId), OffsetDateTime.now(clock)).getStatus());
    } catch (EnrolmentRefused refused) {
      return Optional.empty();
    }
  }

  /** The learner gives up their place; the waitlist moves up. */
  @Transactional
  public boolean withdraw(long cohortId, long learnerId) {
    try {
      enrolments.withdrawSelf(cohortId, em.find(Learner.class, learnerId), OffsetDateTime.now(clock));
      return true;
    } catch (EnrolmentRefused refused) {
      return false;
    }
  }

  public void changeStatus(long cohortId, String status) {
    lifecycle.changeStatus(cohortId, status, status.equals("CANCELLED") ? "Trainer unavailable" : null, coordinator());
  }

  public void resize(long cohortId, int capacity) {
    lifecycle.resize(cohortId, capacity, coordinator());
  }

  /** A coordinator moves the first waitlisted learner into a free seat (a running cohort). */
  public boolean promoteFirst(long cohortId) {
    Optional<Long> waiting = placesOf(cohortId, EnrolmentStatus.WAITLISTED).stream().findFirst();
    if (waiting.isEmpty()) {
      return false;
    }
    try {
      roster.promoteByCoordinator(cohortId, waiting.get(), coordinator());
      return true;
    } catch (ApiException full) {
      return false;
    }
  }

  /** Random attendance and scores for everyone enrolled in a running cohort. */
  public void recordProgress(Random random, long cohortId) {
    List<Long> enrolled = placesOf(cohortId, EnrolmentStatus.ENROLLED);
    if (enrolled.isEmpty()) {
      return;
    }
    List<RosterService.Mark> marks = new ArrayList<>();
    List<RosterService.Result> results = new ArrayList<>();
    for (Long e : enrolled) {
      for (int s = 0; s < 2; s++) {
        marks.add(new RosterService.Mark(String.valueOf(e), s, random.nextInt(5) > 0));
      }
      results.add(new RosterService.Result(String.valueOf(e), 40 + random.nextInt(61)));
    }
    roster.recordAttendance(cohortId, marks, coordinator());
    roster.recordResults(cohortId, results, coordinator());
  }

  @Transactional
  public List<Long> placesOf(long cohortId, EnrolmentStatus status) {
    return em.createNamedQuery("Enrolment.findByCohortAndStatus", Enrolment.class)
        .setParameter("cohort", cohortId).setParameter("status", status).getResultList().stream().map(Enrolment::getId).toList();
  }

  /** Certificate codes of the cohorts given that are still valid. */
  @Transactional
  public List<String> validCertificates(List<Long> cohorts) {
    if (cohorts.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT c.verificationCode FROM Certificate c WHERE c.cohort.id IN :cohorts AND c.status = org.tenaga.certification.CertificateStatus.VALID ORDER BY c.id", String.class)
        .setParameter("cohorts", cohorts).getResultList();
  }

  /** A coordinator revokes a certificate (the revocation service announces it in its transaction). */
  public void revoke(String code) {
    revocation.revoke(code, "Issued in error (inclusion test)", coordinator());
  }

  /** The learner erases their personal data (their enrolment snapshots stay). */
  public void erase(long learnerId) {
    UserAccount a = em.createQuery("SELECT a FROM UserAccount a WHERE a.learner.id = :l", UserAccount.class)
        .setParameter("l", learnerId).getResultStream().findFirst().orElse(null);
    if (a != null) {
      rights.erase(a);
    }
  }

  /** The trainer a learner became through a train-the-trainer certificate. */
  public long trainerOf(long learnerId) {
    return people.trainerByEmail(emailOf(learnerId)).or(() -> people.trainerByCode("TR-" + learnerId)).orElseThrow().getId();
  }

  /** The learner's valid certificate of a course. */
  @Transactional
  public String certificateOf(long learnerId, String courseCode) {
    return em.createQuery("SELECT c.verificationCode FROM Certificate c WHERE c.learner.id = :l AND c.course.code = :course", String.class)
        .setParameter("l", learnerId).setParameter("course", courseCode).getSingleResult();
  }

  public String emailOf(long learnerId) {
    return em.find(Learner.class, learnerId).getEmail();
  }
}
