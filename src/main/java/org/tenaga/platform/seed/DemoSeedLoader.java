package org.tenaga.platform.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.tenaga.accounts.PasswordHasher;
import org.tenaga.accounts.Role;
import org.tenaga.accounts.UserAccount;
import org.tenaga.catalog.Course;
import org.tenaga.catalog.CourseRepository;
import org.tenaga.certification.Certificate;
import org.tenaga.certification.CohortCompletion;
import org.tenaga.commitments.CommitmentRepository;
import org.tenaga.enrolment.Attendance;
import org.tenaga.enrolment.Enrolment;
import org.tenaga.enrolment.EnrolmentRefused;
import org.tenaga.enrolment.EnrolmentService;
import org.tenaga.enrolment.EnrolmentStatus;
import org.tenaga.inclusion.InclusionRollups;
import org.tenaga.people.Country;
import org.tenaga.people.CountryCode;
import org.tenaga.people.Difficulty;
import org.tenaga.people.Gender;
import org.tenaga.people.Learner;
import org.tenaga.people.Locality;
import org.tenaga.people.QualificationSource;
import org.tenaga.people.Sector;
import org.tenaga.people.Trainer;
import org.tenaga.people.Venue;
import org.tenaga.people.VenueLocality;
import org.tenaga.people.WashingtonGroupAnswers;
import org.tenaga.platform.AppSettings;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortStatus;
import org.tenaga.scheduling.PriorityGroup;

/**
 * The demo programme of {@code seed-data/}: venues, trainers, learners, cohorts in every status,
 * enrolments replayed in time order through the enrolment rules, attendance, results, completion
 * and certificates, and the demo accounts. One transaction; loaded once; the inclusion statistics
 * are counted at its end.
 */
@ApplicationScoped
public class DemoSeedLoader {

  static final String LOADED_SETTING = "demo_seed_loaded_at";
  static final String DEMO_PASSWORD = "tenaga-demo";
  private static final Logger LOG = Logger.getLogger(DemoSeedLoader.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject EnrolmentService enrolments;
  @Inject CohortCompletion completion;
  @Inject InclusionRollups inclusion;
  @Inject CourseRepository courses;
  @Inject CommitmentRepository commitments;
  @Inject PasswordHasher hasher;
  @Inject AppSettings settings;
  @Inject Clock clock;

  public boolean isLoaded() {
    return settings.get(LOADED_SETTING).isPresent();
  }

  /** What the demo load produced, for the log and the tests. */
  public record Summary(int venues, int trainers, int learners, int cohorts, int enrolments, int certificates, int accounts) {}

  @Transactional
  public Summary load() {
    if (isLoaded()) {
      return null;
    }
    if (em.createQuery("SELECT COUNT(c) FROM Cohort c", Long.class).getSingleResult() > 0) {
      throw new SeedException("the database already holds cohorts: the demo programme loads only into an empty one");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    long t0 = System.nanoTime();
    // Thousands of changes in one transaction: the statistics are counted once, at the end.
    inclusion.deferToRebuild();
    Map<String, Long> venues = loadVenues();
    Map<String, Long> trainers = loadTrainers(now);
    Map<String, Long> learners = loadLearners();
    em.flush();
    em.clear();
    long tPeople = System.nanoTime();

    Map<String, List<CsvFile.Row>> sessionsByCohort = groupBy(CsvFile.read("sessions.csv"), "cohort");
    Map<String, List<CsvFile.Row>> enrolmentsByCohort = groupBy(CsvFile.read("enrolments.csv"), "cohort");
    List<CsvFile.Row> cohortRows = new ArrayList<>(CsvFile.read("cohorts.csv").rows());
    cohortRows.sort(Comparator.comparing((CsvFile.Row r) -> r.date("startDate")).thenComparing(r -> r.required("code")));
    int enrolmentCount = 0;
    int certificateCount = 0;
    for (CsvFile.Row row : cohortRows) {
      CohortLoad load = new CohortLoad(row, venues, trainers, learners, now);
      load.build(sessionsByCohort.getOrDefault(row.required("code"), List.of()));
      enrolmentCount += load.enrol(enrolmentsByCohort.getOrDefault(row.required("code"), List.of()));
      certificateCount += load.finish();
      em.flush();
      em.clear();
    }
    long tCohorts = System.nanoTime();
    int accounts = loadAccounts(trainers, learners, now);
    settings.put(LOADED_SETTING, now.toString());
    inclusion.rebuild();
    Summary summary =
        new Summary(venues.size(), trainers.size(), learners.size(), cohortRows.size(), enrolmentCount, certificateCount, accounts);
    LOG.info(String.format("Demo data loaded: %s (people %d ms, cohorts %d ms, accounts %d ms)", summary,
        (tPeople - t0) / 1_000_000, (tCohorts - tPeople) / 1_000_000, (System.nanoTime() - tCohorts) / 1_000_000));
    return summary;
  }

  private Map<String, Long> loadVenues() {
    Map<String, Long> ids = new HashMap<>();
    for (CsvFile.Row r : CsvFile.read("venues.csv").rows()) {
      Venue v =
          new Venue(
              r.required("code"),
              r.required("name"),
              CountryCode.of(r.required("country")),
              r.required("province"),
              r.enumValue("locality", VenueLocality.class),
              r.requiredInt("capacity"),
              r.optional("accessibility"));
      em.persist(v);
      ids.put(v.getCode(), v.getId());
    }
    return ids;
  }

  private Map<String, Long> loadTrainers(OffsetDateTime now) {
    Map<String, Long> ids = new HashMap<>();
    Set<String> courseCodes = courses.findAll().stream().map(Course::getCode).collect(Collectors.toSet());
    for (CsvFile.Row r : CsvFile.read("trainers.csv").rows()) {
      Trainer t =
          new Trainer(
              r.required("code"),
              r.required("fullName"),
              UserAccount.normaliseEmail(r.required("email")),
              r.optional("phone"),
              r.list("countries").stream().map(CountryCode::of).collect(Collectors.toSet()),
              r.list("languages"),
              now);
      for (String course : r.list("qualifications")) {
        if (!courseCodes.contains(course)) {
          throw r.problem("qualifications", "unknown course '" + course + "'");
        }
        t.qualify(course, QualificationSource.COORDINATOR, null, "seed", now);
      }
      em.persist(t);
      ids.put(t.getCode(), t.getId());
    }
    return ids;
  }

  private Map<String, Long> loadLearners() {
    Map<String, Long> ids = new HashMap<>();
    for (CsvFile.Row r : CsvFile.read("learners.csv").rows()) {
      String email = UserAccount.normaliseEmail(r.required("email"));
      if (ids.containsKey(email)) {
        throw r.problem("email", "appears twice");
      }
      Learner l =
          new Learner(
              email,
              r.required("fullName"),
              CountryCode.of(r.required("country")),
              r.optional("province"),
              r.enumValue("gender", Gender.class),
              r.date("birthDate"),
              r.enumValue("locality", Locality.class),
              r.enumValue("sector", Sector.class),
              new WashingtonGroupAnswers(
                  r.enumValue("seeing", Difficulty.class),
                  r.enumValue("hearing", Difficulty.class),
                  r.enumValue("walking", Difficulty.class),
                  r.enumValue("cognition", Difficulty.class),
                  r.enumValue("selfCare", Difficulty.class),
                  r.enumValue("communication", Difficulty.class)),
              r.dateTime("consentAt"),
              Learner.CURRENT_POLICY_VERSION);
      em.persist(l);
      ids.put(email, l.getId());
    }
    return ids;
  }

  private int loadAccounts(Map<String, Long> trainers, Map<String, Long> learners, OffsetDateTime now) {
    String hash = hasher.hash(DEMO_PASSWORD);
    int n = 0;
    for (CsvFile.Row r : CsvFile.read("accounts.csv").rows()) {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (String role : r.list("roles")) {
        try {
          roles.add(Role.valueOf(role));
        } catch (IllegalArgumentException e) {
          throw r.problem("roles", "unknown role '" + role + "'");
        }
      }
      UserAccount a = new UserAccount(r.required("email"), hash, r.required("fullName"), roles, now);
      a.scopeToCountries(r.list("countries"));
      String org = r.optional("organisation");
      if (org != null) {
        a.belongTo(commitments.findOrganisation(org).orElseThrow(() -> r.problem("organisation", "unknown organisation '" + org + "'")));
      }
      if (roles.contains(Role.LEARNER)) {
        Long learnerId = learners.get(a.getEmail());
        if (learnerId == null) {
          throw r.problem("email", "a LEARNER account needs a learner with this email in learners.csv");
        }
        a.linkLearner(em.find(Learner.class, learnerId));
      }
      String trainer = r.optional("trainer");
      if (trainer != null) {
        Long trainerId = trainers.get(trainer);
        if (trainerId == null) {
          throw r.problem("trainer", "unknown trainer '" + trainer + "'");
        }
        a.linkTrainer(em.find(Trainer.class, trainerId));
      }
      em.persist(a);
      n++;
    }
    return n;
  }

  private static Map<String, List<CsvFile.Row>> groupBy(CsvFile file, String column) {
    Map<String, List<CsvFile.Row>> groups = new LinkedHashMap<>();
    for (CsvFile.Row r : file.rows()) {
      groups.computeIfAbsent(r.required(column), k -> new ArrayList<>()).add(r);
    }
    return groups;
  }

  /** One cohort of cohorts.csv, built and then played through its life. */
  private final class CohortLoad {
    private final CsvFile.Row row;
    private final Map<String, Long> venues;
    private final Map<String, Long> trainers;
    private final Map<String, Long> learners;
    private final OffsetDateTime now;
    private final CohortStatus targetStatus;
    private final ZoneId zone;
    private Cohort cohort;
    private final Map<Long, CsvFile.Row> rowsByEnrolment = new HashMap<>();

    CohortLoad(CsvFile.Row row, Map<String, Long> venues, Map<String, Long> trainers, Map<String, Long> learners, OffsetDateTime now) {
      this.row = row;
      this.venues = venues;
      this.trainers = trainers;
      this.learners = learners;
      this.now = now;
      this.targetStatus = row.enumValue("status", CohortStatus.class);
      Country country = em.find(Country.class, row.required("country"));
      if (country == null) {
        throw row.problem("country", "unknown country");
      }
      this.zone = country.getTimeZone();
    }

    void build(List<CsvFile.Row> sessions) {
      Course course =
          courses.find(row.required("course")).orElseThrow(() -> row.problem("course", "no such course in courses/"));
      Venue venue = null;
      if (!row.bool("online")) {
        venue = venue(row, "venue");
        if (venue == null) {
          throw row.problem("venue", "an in-person cohort needs a venue");
        }
      }
      OffsetDateTime created = row.date("startDate").minusWeeks(8).atTime(LocalTime.of(9, 0)).atZone(zone).toOffsetDateTime();
      try {
        cohort =
            new Cohort(
                row.required("code"),
                course,
                row.required("country"),
                row.required("province"),
                venue,
                row.required("language"),
                row.date("startDate"),
                row.date("endDate"),
                row.requiredInt("capacity"),
                created);
        Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
        for (String g : row.list("reservedFor")) {
          groups.add(PriorityGroup.valueOf(g));
        }
        cohort.reserveSeats(row.optionalInt("reservedSeats") == null ? 0 : row.requiredInt("reservedSeats"), groups, row.date("reservedUntil"));
        for (String code : row.list("trainers")) {
          cohort.assignTrainer(trainer(row, "trainers", code));
        }
      } catch (IllegalArgumentException e) {
        throw row.problem("cohort", e.getMessage());
      }
      for (CsvFile.Row s : sessions) {
        Set<Trainer> sessionTrainers = new java.util.LinkedHashSet<>();
        for (String code : s.list("trainers")) {
          sessionTrainers.add(trainer(s, "trainers", code));
        }
        try {
          cohort.addSession(s.dateTime("start"), s.dateTime("end"), venue(s, "venue"), sessionTrainers);
        } catch (IllegalArgumentException e) {
          throw s.problem("start", e.getMessage());
        }
      }
      em.persist(cohort);
      em.flush();
    }

    int enrol(List<CsvFile.Row> rows) {
      if (targetStatus == CohortStatus.DRAFT) {
        if (!rows.isEmpty()) {
          throw rows.get(0).problem("cohort", "a DRAFT cohort takes no enrolments");
        }
        return 0;
      }
      cohort.open(cohort.getCreatedAt());
      // Replay requests and withdrawals in time order, as they would have happened.
      record Event(OffsetDateTime at, CsvFile.Row row, boolean withdrawal) {}
      List<Event> events = new ArrayList<>();
      for (CsvFile.Row r : rows) {
        events.add(new Event(r.dateTime("requestedAt"), r, false));
        if ("WITHDRAWN".equals(r.required("outcome"))) {
          OffsetDateTime at = r.dateTime("withdrawnAt");
          if (at == null || at.isBefore(r.dateTime("requestedAt"))) {
            throw r.problem("withdrawnAt", "a withdrawal needs a time after the request");
          }
          events.add(new Event(at, r, true));
        }
      }
      events.sort(Comparator.comparing(Event::at).thenComparing(Event::withdrawal));
      Map<CsvFile.Row, Enrolment> byRow = new HashMap<>();
      for (Event ev : events) {
        if (ev.withdrawal()) {
          enrolments.withdraw(cohort, byRow.get(ev.row()), "Withdrew before the start", ev.at());
          continue;
        }
        Long learnerId = learners.get(UserAccount.normaliseEmail(ev.row().required("learner")));
        if (learnerId == null) {
          throw ev.row().problem("learner", "no learner with this email in learners.csv");
        }
        Enrolment e;
        try {
          e = enrolments.request(cohort, em.find(Learner.class, learnerId), ev.at());
        } catch (EnrolmentRefused refused) {
          throw ev.row().problem("learner", "the enrolment rules refuse this request: " + refused.getMessage());
        }
        String expected = ev.row().required("outcome");
        if (expected.equals("WAITLISTED") != (e.getStatus() == EnrolmentStatus.WAITLISTED)) {
          throw ev.row().problem("outcome", "says " + expected + " but the rules give " + e.getStatus());
        }
        byRow.put(ev.row(), e);
      }
      em.flush();
      byRow.forEach((r, e) -> rowsByEnrolment.put(e.getId(), r));
      return rows.size();
    }

    int finish() {
      switch (targetStatus) {
        case DRAFT, OPEN -> {
          return 0;
        }
        case CANCELLED -> {
          OffsetDateTime at = cohort.getStartDate().minusDays(7).atTime(LocalTime.NOON).atZone(zone).toOffsetDateTime();
          cohort.cancel(row.required("cancelReason"), at);
          enrolments.cancelAll(cohort, at);
          return 0;
        }
        default -> {
          // RUNNING or COMPLETED
        }
      }
      OffsetDateTime started = cohort.getStartDate().atStartOfDay(zone).toOffsetDateTime();
      cohort.start(started);
      recordAttendanceAndResults();
      if (targetStatus != CohortStatus.COMPLETED) {
        return 0;
      }
      OffsetDateTime completedAt = cohort.getEndDate().atTime(LocalTime.of(18, 0)).atZone(zone).toOffsetDateTime();
      CohortCompletion.Outcome outcome = completion.complete(cohort, completedAt);
      for (Certificate c : outcome.certificates()) {
        CsvFile.Row r = rowsByEnrolment.get(c.getEnrolment().getId());
        String reason = r == null ? null : r.optional("revokedReason");
        if (reason != null) {
          c.revoke(reason, completedAt.plusMonths(2));
        }
      }
      return outcome.certificates().size();
    }

    private void recordAttendanceAndResults() {
      var sessions = cohort.getSessions();
      long past = sessions.stream().filter(s -> s.getStartsAt().isBefore(now)).count();
      for (var entry : rowsByEnrolment.entrySet()) {
        Enrolment e = em.find(Enrolment.class, entry.getKey());
        if (e.getStatus() != EnrolmentStatus.ENROLLED) {
          continue;
        }
        CsvFile.Row r = entry.getValue();
        Integer attended = r.optionalInt("sessionsAttended");
        if (attended != null) {
          if (attended < 0 || attended > sessions.size()) {
            throw r.problem("sessionsAttended", "must be between 0 and the cohort's " + sessions.size() + " sessions");
          }
          long recorded = Math.max(attended, targetStatus == CohortStatus.COMPLETED ? sessions.size() : past);
          for (int i = 0; i < recorded; i++) {
            var s = sessions.get(i);
            em.persist(new Attendance(e.getId(), s.getId(), i < attended, s.getEndsAt(), "seed"));
          }
          e.setSessionsAttended(attended);
        }
        Integer score = r.optionalInt("score");
        if (score != null) {
          try {
            e.recordScore(score);
          } catch (IllegalArgumentException ex) {
            throw r.problem("score", ex.getMessage());
          }
        }
      }
    }

    private Venue venue(CsvFile.Row r, String column) {
      String code = r.optional(column);
      if (code == null) {
        return null;
      }
      Long id = venues.get(code);
      if (id == null) {
        throw r.problem(column, "unknown venue '" + code + "'");
      }
      return em.find(Venue.class, id);
    }

    private Trainer trainer(CsvFile.Row r, String column, String code) {
      Long id = trainers.get(code);
      if (id == null) {
        throw r.problem(column, "unknown trainer '" + code + "'");
      }
      return em.find(Trainer.class, id);
    }
  }
}
