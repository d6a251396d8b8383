package org.tenaga.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tenaga.accounts.UserAccount;
import org.tenaga.audit.AuditLog;
import org.tenaga.platform.Problem;
import org.tenaga.platform.Problems;
import org.tenaga.platform.api.ApiException;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortAccess;
import org.tenaga.scheduling.CohortSession;
import org.tenaga.scheduling.CohortStatus;

/**
 * A cohort's roster (paged in the database), and the attendance and results its trainers and
 * coordinators record, in batches that are checked whole before anything is written.
 */
@ApplicationScoped
public class RosterService {

  @PersistenceContext private EntityManager em;
  @Inject EnrolmentService enrolments;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** A page of the roster and the roster's size. */
  public record Page(List<RosterEntry> entries, long total) {}

  /** One attendance mark: an enrolment at the session of that index (0-based). */
  public record Mark(String enrolmentId, Integer sessionIndex, Boolean present) {}

  /** One result: an enrolment's score 0–100, or null to clear it. */
  public record Result(String enrolmentId, Integer score) {}

  /**
   * Seat holders first (by name), then the waitlist in order, then those who left. Attendance %
   * is over all the cohort's sessions.
   */
  @Transactional
  public Page roster(Cohort cohort, UserAccount caller, int page, int size) {
    return rosterFrom(cohort, caller, page * size, size);
  }

  /** The same, {@code size} lines from line {@code first} (a paginator's offset). */
  @Transactional
  public Page rosterFrom(Cohort cohort, UserAccount caller, int first, int size) {
    CohortAccess.requireCoordinatorOrTrainer(cohort, caller);
    return new Page(entries(cohort, first, size), count(cohort));
  }

  /** Only the lines of {@link #rosterFrom}, without their total. */
  @Transactional
  public List<RosterEntry> linesFrom(Cohort cohort, UserAccount caller, int first, int size) {
    CohortAccess.requireCoordinatorOrTrainer(cohort, caller);
    return entries(cohort, first, size);
  }

  /**
   * The learners holding a seat, in roster order, {@code size} from {@code first}: a page of the
   * attendance grid (their number is the cohort's enrolled count).
   */
  @Transactional
  public List<RosterEntry> seatHoldersFrom(Cohort cohort, UserAccount caller, int first, int size) {
    CohortAccess.requireCoordinatorOrTrainer(cohort, caller);
    return entries(cohort, " AND e.status = org.tenaga.enrolment.EnrolmentStatus.ENROLLED", first, size);
  }

  /** How many lines the roster has (a paginator's total). */
  @Transactional
  public long rosterSize(Cohort cohort, UserAccount caller) {
    CohortAccess.requireCoordinatorOrTrainer(cohort, caller);
    return count(cohort);
  }

  /** The whole roster in the order of {@link #roster}, as a CSV file; read 500 lines at a time. */
  @Transactional
  public byte[] rosterCsv(Cohort cohort, UserAccount caller) {
    CohortAccess.requireCoordinatorOrTrainer(cohort, caller);
    List<List<Object>> lines = new java.util.ArrayList<>();
    List<RosterEntry> batch;
    do {
      batch = entries(cohort, lines.size(), 500);
      for (RosterEntry e : batch) {
        lines.add(java.util.Arrays.asList(e.fullName(), e.status(), e.position(), e.attendancePercent(), e.score()));
      }
    } while (batch.size() == 500);
    return org.tenaga.platform.CsvDownload.of(List.of("name", "status", "waitlistPosition", "attendancePercent", "score"), lines);
  }

  private long count(Cohort cohort) {
    return em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.cohort.id = :c", Long.class)
        .setParameter("c", cohort.getId()).getSingleResult();
  }

  /**
   * Seat holders first (by name), then the waitlist in order, then those who left; a slice of
   * {@code max} from {@code first}, read in the database.
   */
  private List<RosterEntry> entries(Cohort cohort, int first, int max) {
    return entries(cohort, "", first, max);
  }

  private List<RosterEntry> entries(Cohort cohort, String condition, int first, int max) {
    List<Object[]> rows = em.createQuery(
            "SELECT e.id, e.learner.id, e.learner.fullName, e.status, e.waitlistPosition, e.sessionsAttended, e.score FROM Enrolment e"
                + " WHERE e.cohort.id = :c" + condition + " ORDER BY CASE WHEN e.status = org.tenaga.enrolment.EnrolmentStatus.WAITLISTED THEN 1"
                + " WHEN e.status IN (org.tenaga.enrolment.EnrolmentStatus.WITHDRAWN, org.tenaga.enrolment.EnrolmentStatus.CANCELLED) THEN 2 ELSE 0 END,"
                + " e.waitlistPosition, e.learner.fullName, e.id",
            Object[].class)
        .setParameter("c", cohort.getId())
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
    int sessions = cohort.getSessions().size();
    return rows.stream().map(r -> new RosterEntry(
        String.valueOf(r[0]), String.valueOf(r[1]), r[2] == null ? "(erased)" : (String) r[2], ((EnrolmentStatus) r[3]).name(),
        (Integer) r[4],
        sessions == 0 ? null : (int) Math.round(100.0 * ((Number) r[5]).intValue() / sessions),
        (Integer) r[6])).toList();
  }

  /** Records a batch of attendance marks; refused whole if any mark is wrong. */
  @Transactional
  public int recordAttendance(Long cohortId, List<Mark> marks, UserAccount caller) {
    Cohort cohort = enrolments.lock(cohortId);
    CohortAccess.requireCoordinatorOrTrainer(cohort, caller);
    requireRunning(cohort);
    if (marks == null || marks.isEmpty()) {
      throw ApiException.invalid("body", "send at least one {enrolmentId, sessionIndex, present}");
    }
    Map<Long, Enrolment> byId = enrolledById(cohort);
    List<CohortSession> sessions = cohort.getSessions();
    Map<String, String> problems = new LinkedHashMap<>();
    for (int i = 0; i < marks.size(); i++) {
      Mark m = marks.get(i);
      String at = "[" + i + "]";
      if (m == null) {
        problems.put(at, "is empty");
        continue;
      }
      if (enrolment(byId, m.enrolmentId()) == null) {
        problems.put(at + ".enrolmentId", "is not an enrolled learner of this cohort");
      }
      if (m.sessionIndex() == null || m.sessionIndex() < 0 || m.sessionIndex() >= sessions.size()) {
        problems.put(at + ".sessionIndex", "must be between 0 and " + (sessions.size() - 1));
      }
      if (m.present() == null) {
        problems.put(at + ".present", "is required (true or false)");
      }
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Set<Long> touched = new TreeSet<>();
    for (Mark m : marks) {
      Enrolment e = enrolment(byId, m.enrolmentId());
      CohortSession s = sessions.get(m.sessionIndex());
      Attendance a = em.find(Attendance.class, new Attendance.Key(e.getId(), s.getId()));
      if (a == null) {
        em.persist(new Attendance(e.getId(), s.getId(), m.present(), now, caller.getEmail()));
      } else {
        a.record(m.present(), now, caller.getEmail());
      }
      touched.add(e.getId());
    }
    em.flush();
    for (Long id : touched) {
      long present = em.createQuery("SELECT COUNT(a) FROM Attendance a WHERE a.enrolmentId = :e AND a.present = TRUE", Long.class)
          .setParameter("e", id).getSingleResult();
      byId.get(id).setSessionsAttended((int) present);
    }
    audit.record("attendance.record", "Cohort", cohort.getId(), marks.size() + " attendance marks for " + touched.size() + " learners in " + cohort.getCode());
    return marks.size();
  }

  /** Records a batch of scores; refused whole if any is wrong. */
  @Transactional
  public int recordResults(Long cohortId, List<Result> results, UserAccount caller) {
    Cohort cohort = enrolments.lock(cohortId);
    CohortAccess.requireCoordinatorOrTrainer(cohort, caller);
    requireRunning(cohort);
    if (results == null || results.isEmpty()) {
      throw ApiException.invalid("body", "send at least one {enrolmentId, score}");
    }
    Map<Long, Enrolment> byId = enrolledById(cohort);
    Problems problems = new Problems();
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      if (r == null) {
        problems.put("[" + i + "]", "is empty");
        continue;
      }
      if (enrolment(byId, r.enrolmentId()) == null) {
        problems.put("[" + i + "].enrolmentId", "is not an enrolled learner of this cohort");
      }
      if (r.score() != null && (r.score() < 0 || r.score() > 100)) {
        problems.add("[" + i + "].score", "problem.between", 0, 100);
      }
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    for (Result r : results) {
      enrolment(byId, r.enrolmentId()).recordScore(r.score());
    }
    audit.record("results.record", "Cohort", cohort.getId(), results.size() + " results recorded in " + cohort.getCode());
    return results.size();
  }

  /** Which sessions (by index) each of these enrolments attended: a page of the attendance grid. */
  @Transactional
  public Map<Long, Set<Integer>> attendanceGrid(Cohort cohort, Collection<Long> enrolmentIds) {
    Map<Long, Integer> indexBySession = new HashMap<>();
    cohort.getSessions().forEach(s -> indexBySession.put(s.getId(), s.getSeq()));
    Map<Long, Set<Integer>> grid = new HashMap<>();
    if (enrolmentIds.isEmpty()) {
      return grid;
    }
    em.createQuery("SELECT a FROM Attendance a, Enrolment e WHERE e.id = a.enrolmentId AND e.cohort.id = :c AND a.present = TRUE"
            + " AND a.enrolmentId IN :ids", Attendance.class)
        .setParameter("c", cohort.getId())
        .setParameter("ids", enrolmentIds)
        .getResultList()
        .forEach(a -> grid.computeIfAbsent(a.getEnrolmentId(), k -> new TreeSet<>()).add(indexBySession.get(a.getSessionId())));
    return grid;
  }

  /** A coordinator places a named learner (by email) under the same rules as self-enrolment. */
  @Transactional
  public Enrolment enrolByCoordinator(Long cohortId, String learnerEmail, UserAccount caller) {
    Cohort cohort = enrolments.lock(cohortId);
    CohortAccess.requireCoordinator(cohort, caller);
    if (learnerEmail == null || learnerEmail.isBlank()) {
      throw ApiException.invalid(new Problems().add("learnerEmail", "problem.required"));
    }
    org.tenaga.people.Learner learner = em.createNamedQuery("Learner.findByEmail", org.tenaga.people.Learner.class)
        .setParameter("email", learnerEmail.strip().toLowerCase(java.util.Locale.ROOT))
        .getResultStream().findFirst()
        .orElseThrow(() -> ApiException.invalid(new Problems().add("learnerEmail", "problem.learner.email")));
    try {
      Enrolment e = enrolments.request(cohort, learner, OffsetDateTime.now(clock));
      em.flush();
      audit.record("roster.enrol", "Cohort", cohort.getId(), "Enrolled learner " + learner.getId() + " in " + cohort.getCode() + " (" + e.getStatus() + ")");
      return e;
    } catch (EnrolmentRefused refused) {
      throw new ApiException(refused.code().equals("not_open") ? 422 : 409, refused.code(), refused.problem());
    }
  }

  /** A coordinator withdraws someone, with a reason; a freed seat goes to the waitlist. */
  @Transactional
  public void withdrawByCoordinator(Long cohortId, Long enrolmentId, String reason, UserAccount caller) {
    Cohort cohort = enrolments.lock(cohortId);
    CohortAccess.requireCoordinator(cohort, caller);
    if (reason == null || reason.isBlank()) {
      throw ApiException.invalid(new Problems().add("reason", "problem.reason.withdraw"));
    }
    Enrolment e = placeIn(cohort, enrolmentId);
    Optional<Enrolment> promoted = enrolments.withdraw(cohort, e, reason.strip(), OffsetDateTime.now(clock));
    // Audit summaries name learners by id: an erased learner's name must not live on in the log.
    audit.record("roster.withdraw", "Cohort", cohort.getId(), "Withdrew learner " + e.getLearner().getId() + " from " + cohort.getCode() + ": " + reason.strip()
        + promoted.map(p -> "; promoted learner " + p.getLearner().getId()).orElse(""));
  }

  /** A coordinator moves a waitlisted learner into a free seat, out of turn. */
  @Transactional
  public void promoteByCoordinator(Long cohortId, Long enrolmentId, UserAccount caller) {
    Cohort cohort = enrolments.lock(cohortId);
    CohortAccess.requireCoordinator(cohort, caller);
    Enrolment e = placeIn(cohort, enrolmentId);
    if (e.getStatus() != EnrolmentStatus.WAITLISTED) {
      throw new ApiException(409, "not_waitlisted", Problem.of("refusal.roster.not.waitlisted", e.getLearner().getFullName()));
    }
    if (cohort.seatsLeft() == 0) {
      throw new ApiException(409, "cohort_full", Problem.of("refusal.roster.full", cohort.getCode()));
    }
    enrolments.promote(cohort, e, OffsetDateTime.now(clock));
    audit.record("roster.promote", "Cohort", cohort.getId(), "Moved learner " + e.getLearner().getId() + " off the waitlist of " + cohort.getCode());
  }

  private Enrolment placeIn(Cohort cohort, Long enrolmentId) {
    Enrolment e = enrolmentId == null ? null : em.find(Enrolment.class, enrolmentId);
    if (e == null || !e.getCohort().getId().equals(cohort.getId())) {
      throw ApiException.notFound("Enrolment " + enrolmentId + " of cohort " + cohort.getCode());
    }
    if (!e.getStatus().holdsPlace()) {
      throw new ApiException(409, "no_place", Problem.of("refusal.roster.no.place", e.getLearner().getFullName(), cohort.getCode(), Problem.label("enrolment." + e.getStatus(), e.getStatus())));
    }
    return e;
  }

  private static void requireRunning(Cohort cohort) {
    if (cohort.getStatus() != CohortStatus.RUNNING) {
      throw new ApiException(422, "not_running", Problem.of("refusal.roster.not.running", cohort.getCode(), Problem.label("status." + cohort.getStatus(), cohort.getStatus())));
    }
  }

  private Map<Long, Enrolment> enrolledById(Cohort cohort) {
    Map<Long, Enrolment> map = new HashMap<>();
    em.createNamedQuery("Enrolment.findByCohortAndStatus", Enrolment.class)
        .setParameter("cohort", cohort.getId())
        .setParameter("status", EnrolmentStatus.ENROLLED)
        .getResultList()
        .forEach(e -> map.put(e.getId(), e));
    return map;
  }

  private static Enrolment enrolment(Map<Long, Enrolment> byId, String id) {
    try {
      return id == null ? null : byId.get(Long.valueOf(id.strip()));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
