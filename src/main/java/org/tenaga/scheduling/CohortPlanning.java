package org.tenaga.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tenaga.accounts.UserAccount;
import org.tenaga.audit.AuditLog;
import org.tenaga.catalog.Course;
import org.tenaga.catalog.CourseRepository;
import org.tenaga.people.Country;
import org.tenaga.people.Province;
import org.tenaga.people.Trainer;
import org.tenaga.people.Venue;
import org.tenaga.platform.Problem;
import org.tenaga.platform.Problems;
import org.tenaga.platform.SequenceNumbers;
import org.tenaga.platform.api.ApiException;

/**
 * Scheduling cohorts: checks a coordinator's plan field by field, generates sessions from a weekly
 * pattern and refuses trainer and venue clashes.
 */
@ApplicationScoped
public class CohortPlanning {

  /** Dates Tenaga accepts: programmes plan years ahead, not centuries. */
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  @PersistenceContext private EntityManager em;
  @Inject CourseRepository courses;
  @Inject ConflictCheck conflicts;
  @Inject SequenceNumbers sequences;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * Creates a DRAFT cohort from a plan.
   *
   * @throws ApiException 400 naming each bad field, 403 outside the caller's countries, 409
   *     {@code trainer_conflict}/{@code venue_conflict} naming the clash
   */
  @Transactional
  public Cohort create(CohortPlan plan, UserAccount caller) {
    PlanProblems problems = new PlanProblems();
    if (plan == null) {
      throw ApiException.invalid(new Problems().add("body", "problem.required"));
    }
    Course course = problems.require("courseCode", plan.courseCode(), code -> courses.find(code).orElse(null), "problem.course.unknown");
    Country country = problems.require("country", plan.country(), code -> em.find(Country.class, code.toUpperCase(Locale.ROOT)), "problem.country.unknown");
    if (country != null && !caller.actsIn(country.getCode())) {
      throw ApiException.forbidden(Problem.of("refusal.country.scope", country.getCode()));
    }
    Province province = problems.require("province", plan.province(), code -> em.find(Province.class, code), "problem.province.unknown");
    if (province != null && country != null && !province.getCountryCode().equals(country.getCode())) {
      problems.put("province", "problem.province.in", country.getName());
    }
    boolean online = Boolean.TRUE.equals(plan.online());
    Venue venue = null;
    if (online) {
      if (plan.venueId() != null && !plan.venueId().isBlank()) {
        problems.put("venueId", "problem.venue.online");
      }
    } else {
      venue = problems.require("venueId", plan.venueId(), id -> findById(Venue.class, id), "problem.venue.unknown");
      if (venue != null && country != null && !venue.getCountryCode().equals(country.getCode())) {
        problems.put("venueId", "problem.venue.country", venue.getName(), country.getName());
      }
    }
    if (course != null) {
      if (plan.language() == null || plan.language().isBlank()) {
        problems.put("language", "problem.required");
      } else if (!course.isTaughtIn(plan.language())) {
        problems.put("language", "problem.language.course", course.getLanguages().toString());
      }
    }
    LocalDate start = problems.date("startDate", plan.startDate(), true);
    LocalDate end = problems.date("endDate", plan.endDate(), true);
    if (start != null && end != null && end.isBefore(start)) {
      problems.put("endDate", "problem.end.before.start");
    }
    Integer capacity = plan.capacity();
    if (capacity == null) {
      problems.put("capacity", "problem.required");
    } else if (capacity < 1 || capacity > 10_000) {
      problems.put("capacity", "problem.between", 1, 10_000);
    } else if (venue != null && capacity > venue.getCapacity()) {
      problems.put("capacity", "problem.capacity.venue", venue.getName(), venue.getCapacity());
    }
    int reserved = plan.reservedSeats() == null ? 0 : plan.reservedSeats();
    Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
    for (String g : plan.reservedFor() == null ? List.<String>of() : plan.reservedFor()) {
      try {
        groups.add(PriorityGroup.valueOf(String.valueOf(g).toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        problems.put("reservedFor", "problem.one.of", String.valueOf(g), EnumSet.allOf(PriorityGroup.class).toString());
      }
    }
    LocalDate reservedUntil = problems.date("reservedUntil", plan.reservedUntil(), false);
    if (reserved < 0 || (capacity != null && reserved > capacity)) {
      problems.put("reservedSeats", "problem.reserved.capacity");
    } else if (reserved > 0 && (groups.isEmpty() || reservedUntil == null)) {
      problems.put("reservedSeats", "problem.reserved.groups");
    }
    List<Trainer> trainers = new ArrayList<>();
    List<String> trainerIds = plan.trainerIds() == null ? List.of() : plan.trainerIds();
    if (trainerIds.isEmpty()) {
      problems.put("trainerIds", "problem.trainers.none");
    }
    for (String id : trainerIds) {
      Trainer t = findById(Trainer.class, id);
      if (t == null) {
        problems.put("trainerIds", "problem.trainer.unknown", String.valueOf(id));
      } else if (course != null && !t.isQualifiedFor(course.getCode())) {
        problems.put("trainerIds", "problem.trainer.qualified", t.getFullName(), course.getCode());
      } else {
        trainers.add(t);
      }
    }
    ZoneId zone = country == null ? ZoneId.of("UTC") : country.getTimeZone();
    List<SessionPattern.Slot> slots = sessions(plan, start, zone, problems);
    if (start != null && end != null) {
      for (SessionPattern.Slot s : slots) {
        LocalDate day = s.start().atZoneSameInstant(zone).toLocalDate();
        if (day.isBefore(start) || day.isAfter(end)) {
          problems.put("sessions", "problem.session.outside", day, start, end);
          break;
        }
      }
    }
    problems.throwIfAny();

    OffsetDateTime now = OffsetDateTime.now(clock);
    String code = "C" + start.getYear() + "-" + country.getCode() + "-" + sequences.next("cohort_code_seq");
    Cohort cohort = new Cohort(code, course, country.getCode(), province.getCode(), venue, plan.language(), start, end, capacity, now);
    cohort.reserveSeats(reserved, groups, reservedUntil);
    trainers.forEach(cohort::assignTrainer);
    List<ConflictCheck.Proposed> proposed = new ArrayList<>();
    for (SessionPattern.Slot s : slots) {
      proposed.add(new ConflictCheck.Proposed(s.start(), s.end(), Set.copyOf(trainers), venue));
    }
    refuseClashes(null, code, course.getCode(), proposed, zone);
    for (SessionPattern.Slot s : slots) {
      cohort.addSession(s.start(), s.end(), null, Set.of());
    }
    em.persist(cohort);
    audit.record("cohort.create", "Cohort", cohort.getId(), "Scheduled " + code + " of " + course.getCode() + " with " + slots.size() + " sessions", null, describe(cohort));
    return cohort;
  }

  /** A new time (and optionally venue) for one session, as received. */
  public record SessionChange(String start, String end, String venueId) {}

  /**
   * Moves one session of a cohort, refusing clashes exactly as scheduling does.
   *
   * @throws ApiException 400 naming the field, 403 outside the caller's countries, 409 on a clash,
   *     422 when the cohort is finished
   */
  @Transactional
  public Cohort reschedule(Long cohortId, int index, SessionChange change, UserAccount caller) {
    Cohort cohort = em.find(Cohort.class, cohortId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (cohort == null) {
      throw ApiException.notFound("Cohort " + cohortId);
    }
    CohortAccess.requireCoordinator(cohort, caller);
    if (index < 0 || index >= cohort.getSessions().size()) {
      throw ApiException.notFound("Session " + index + " of cohort " + cohort.getCode());
    }
    PlanProblems problems = new PlanProblems();
    OffsetDateTime start = problems.dateTime("start", change == null ? null : change.start());
    OffsetDateTime end = problems.dateTime("end", change == null ? null : change.end());
    if (start != null && end != null && !end.isAfter(start)) {
      problems.put("end", "problem.after.start");
    }
    Venue venue = null;
    if (change != null && change.venueId() != null && !change.venueId().isBlank()) {
      venue = findById(Venue.class, change.venueId());
      if (venue == null || !venue.getCountryCode().equals(cohort.getCountryCode())) {
        problems.put("venueId", "problem.venue.in", cohort.getCountryCode());
      }
    }
    problems.throwIfAny();
    CohortSession session = cohort.getSessions().get(index);
    Venue targetVenue = venue != null ? venue : session.getVenue().orElse(null);
    // The moved session against everyone else's, and against the cohort's other sessions.
    List<ConflictCheck.Proposed> proposed = new ArrayList<>();
    proposed.add(new ConflictCheck.Proposed(start, end, session.getTrainers(), targetVenue));
    for (CohortSession other : cohort.getSessions()) {
      if (other != session) {
        proposed.add(new ConflictCheck.Proposed(other.getStartsAt(), other.getEndsAt(), other.getTrainers(), other.getVenue().orElse(null)));
      }
    }
    String before = session.getStartsAt() + ".." + session.getEndsAt();
    refuseClashes(cohort.getId(), cohort.getCode(), cohort.getCourse().getCode(), proposed, em.find(Country.class, cohort.getCountryCode()).getTimeZone());
    try {
      cohort.rescheduleSession(index, start, end, venue, null);
    } catch (org.tenaga.scheduling.CohortStateException e) {
      throw new ApiException(422, e.code(), e.problem());
    }
    audit.record("session.reschedule", "Cohort", cohort.getId(), "Moved session " + (index + 1) + " of " + cohort.getCode() + " to " + start + ".." + end,
        before, start + ".." + end);
    return cohort;
  }

  private void refuseClashes(Long cohortId, String code, String courseCode, List<ConflictCheck.Proposed> proposed, ZoneId zone) {
    Optional<SessionClash> clash = conflicts.firstClash(cohortId, code, courseCode, proposed);
    if (clash.isPresent()) {
      throw new ApiException(409, clash.get().kind().errorCode(), clash.get().problem(zone));
    }
  }

  private static List<SessionPattern.Slot> sessions(CohortPlan plan, LocalDate start, ZoneId zone, PlanProblems problems) {
    List<SessionPattern.Slot> slots = new ArrayList<>();
    boolean listed = plan.sessions() != null && !plan.sessions().isEmpty();
    if (listed && plan.pattern() != null) {
      problems.put("sessions", "problem.sessions.both");
      return slots;
    }
    if (listed) {
      int i = 0;
      for (CohortPlan.SessionPlan s : plan.sessions()) {
        OffsetDateTime from = problems.dateTime("sessions[" + i + "].start", s == null ? null : s.start());
        OffsetDateTime to = problems.dateTime("sessions[" + i + "].end", s == null ? null : s.end());
        if (from != null && to != null) {
          if (!to.isAfter(from)) {
            problems.put("sessions[" + i + "].end", "problem.after.start");
          } else if (java.time.Duration.between(from, to).toHours() > 12) {
            problems.put("sessions[" + i + "].end", "problem.session.long", 12);
          } else {
            slots.add(new SessionPattern.Slot(from, to));
          }
        }
        i++;
      }
    } else if (plan.pattern() != null) {
      CohortPlan.PatternPlan p = plan.pattern();
      Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      for (String d : p.days() == null ? List.<String>of() : p.days()) {
        DayOfWeek day = dayOf(d);
        if (day == null) {
          problems.put("pattern.days", "problem.weekday", String.valueOf(d));
        } else {
          days.add(day);
        }
      }
      LocalTime from = problems.time("pattern.start", p.start());
      LocalTime to = problems.time("pattern.end", p.end());
      if (days.isEmpty()) {
        problems.putIfAbsent("pattern.days", "problem.weekdays.none");
      }
      if (p.weeks() == null || p.weeks() < 1 || p.weeks() > 52) {
        problems.put("pattern.weeks", "problem.between", 1, 52);
      }
      if (from != null && to != null && !to.isAfter(from)) {
        problems.put("pattern.end", "problem.after.start.time");
      }
      if (!problems.any() && start != null) {
        slots.addAll(new SessionPattern(days, from, to, start, p.weeks()).slots(zone));
        if (slots.isEmpty()) {
          problems.put("pattern.days", "problem.pattern.empty");
        }
      }
    } else {
      problems.put("sessions", "problem.sessions.none");
    }
    if (slots.size() > SessionPattern.MAX_SESSIONS) {
      problems.put("sessions", "problem.sessions.max", SessionPattern.MAX_SESSIONS);
    }
    return slots;
  }

  private static DayOfWeek dayOf(String d) {
    if (d == null) {
      return null;
    }
    String u = d.strip().toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(u) || day.name().startsWith(u) && u.length() >= 3) {
        return day;
      }
    }
    return null;
  }

  private <T> T findById(Class<T> type, String id) {
    try {
      return id == null ? null : em.find(type, Long.valueOf(id.strip()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String describe(Cohort c) {
    return "{course:" + c.getCourse().getCode() + ", country:" + c.getCountryCode() + ", province:" + c.getProvinceCode()
        + ", venue:" + c.getVenue().map(Venue::getCode).orElse("online") + ", language:" + c.getLanguage()
        + ", dates:" + c.getStartDate() + ".." + c.getEndDate() + ", capacity:" + c.getCapacity()
        + ", reserved:" + c.getReservedSeats() + ", sessions:" + c.getSessions().size() + ", status:" + c.getStatus() + "}";
  }

  /** Field problems of one request, collected so that all are reported at once. */
  static final class PlanProblems {
    private final Problems fields = new Problems();

    void put(String field, String key, Object... args) {
      fields.add(field, key, args);
    }

    void putIfAbsent(String field, String key, Object... args) {
      fields.addIfAbsent(field, key, args);
    }

    boolean any() {
      return !fields.isEmpty();
    }

    void throwIfAny() {
      if (!fields.isEmpty()) {
        throw ApiException.invalid(fields);
      }
    }

    <T> T require(String field, String value, Function<String, T> lookup, String unknown) {
      if (value == null || value.isBlank()) {
        put(field, "problem.required");
        return null;
      }
      T found = value.length() > 64 ? null : lookup.apply(value.strip());
      if (found == null) {
        put(field, unknown);
      }
      return found;
    }

    LocalDate date(String field, String value, boolean required) {
      if (value == null || value.isBlank()) {
        if (required) {
          put(field, "problem.required");
        }
        return null;
      }
      try {
        LocalDate d = LocalDate.parse(value.strip());
        if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
          put(field, "problem.between", EARLIEST, LATEST);
          return null;
        }
        return d;
      } catch (DateTimeParseException e) {
        put(field, "problem.date.like", "2026-03-02");
        return null;
      }
    }

    OffsetDateTime dateTime(String field, String value) {
      if (value == null || value.isBlank()) {
        put(field, "problem.required");
        return null;
      }
      try {
        OffsetDateTime t = OffsetDateTime.parse(value.strip());
        if (t.toLocalDate().isBefore(EARLIEST) || t.toLocalDate().isAfter(LATEST)) {
          put(field, "problem.between", EARLIEST, LATEST);
          return null;
        }
        return t;
      } catch (DateTimeParseException e) {
        put(field, "problem.datetime.like", "2026-03-02T09:00:00+07:00");
        return null;
      }
    }

    LocalTime time(String field, String value) {
      if (value == null || value.isBlank()) {
        put(field, "problem.required");
        return null;
      }
      try {
        return LocalTime.parse(value.strip());
      } catch (DateTimeParseException e) {
        put(field, "problem.time.like", "09:00");
        return null;
      }
    }
  }
}
