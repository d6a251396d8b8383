package org.tenaga.scheduling;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tenaga.catalog.Course;
import org.tenaga.people.Trainer;
import org.tenaga.people.Venue;
import org.tenaga.platform.Problem;

/**
 * One run of a course in a country: place, language, dates, capacity (with seats reserved for
 * priority groups until a release date), trainers and sessions. It counts its enrolled and
 * waitlisted learners so that capacity is decided on this row, under its lock.
 */
@Entity
@NamedQuery(name = "Cohort.findByCode", query = "SELECT c FROM Cohort c WHERE c.code = :code")
@NamedQuery(
    name = "Cohort.findByCourse",
    query = "SELECT c FROM Cohort c WHERE c.course.code = :course ORDER BY c.startDate")
public class Cohort {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @ManyToOne(optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  @Column(name = "country_code", nullable = false)
  private String countryCode;

  @Column(name = "province_code", nullable = false)
  private String provinceCode;

  @ManyToOne
  @JoinColumn(name = "venue_id")
  private Venue venue;

  @Column(nullable = false)
  private boolean online;

  @Column(nullable = false)
  private String language;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(nullable = false)
  private int capacity;

  @Column(name = "reserved_seats", nullable = false)
  private int reservedSeats;

  @Column(name = "reserved_until")
  private LocalDate reservedUntil;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cohort_reserved_group", joinColumns = @JoinColumn(name = "cohort_id"))
  @Column(name = "grp")
  @Enumerated(EnumType.STRING)
  private Set<PriorityGroup> reservedFor = EnumSet.noneOf(PriorityGroup.class);

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CohortStatus status = CohortStatus.DRAFT;

  @Column(name = "cancel_reason")
  private String cancelReason;

  /** Seats taken: ENROLLED learners, who keep their seat as COMPLETED or NOT_COMPLETED. */
  @Column(name = "enrolled_count", nullable = false)
  private int enrolledCount;

  @Column(name = "waitlist_count", nullable = false)
  private int waitlistCount;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @ManyToMany
  @JoinTable(
      name = "cohort_trainer",
      joinColumns = @JoinColumn(name = "cohort_id"),
      inverseJoinColumns = @JoinColumn(name = "trainer_id"))
  private Set<Trainer> trainers = new LinkedHashSet<>();

  @OneToMany(mappedBy = "cohort", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seq")
  private List<CohortSession> sessions = new ArrayList<>();

  protected Cohort() {}

  /** A new cohort, in DRAFT. */
  public Cohort(
      String code,
      Course course,
      String countryCode,
      String provinceCode,
      Venue venue,
      String language,
      LocalDate startDate,
      LocalDate endDate,
      int capacity,
      OffsetDateTime createdAt) {
    this.code = code;
    this.course = course;
    this.countryCode = countryCode;
    this.provinceCode = provinceCode;
    this.venue = venue;
    this.online = venue == null;
    if (!course.isTaughtIn(language)) {
      throw new IllegalArgumentException(
          "language '" + language + "' is not one of " + course.getCode() + "'s " + course.getLanguages());
    }
    this.language = language;
    if (endDate.isBefore(startDate)) {
      throw new IllegalArgumentException("endDate must not be before startDate");
    }
    this.startDate = startDate;
    this.endDate = endDate;
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  /**
   * Changes the capacity of a cohort that has not finished; never below the seats already taken.
   */
  public void resize(int newCapacity, OffsetDateTime at) {
    if (status == CohortStatus.COMPLETED || status == CohortStatus.CANCELLED) {
      throw new CohortStateException("finished", Problem.of("refusal.cohort.capacity.finished", code, Problem.label("status." + status, status)));
    }
    if (newCapacity < enrolledCount) {
      throw new IllegalArgumentException("capacity cannot go below the " + enrolledCount + " seats already taken");
    }
    if (newCapacity < reservedSeats) {
      throw new IllegalArgumentException("capacity cannot go below the " + reservedSeats + " reserved seats");
    }
    if (newCapacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = newCapacity;
    this.updatedAt = at;
  }

  /** Reserves seats for priority groups until the release date (exclusive). */
  public void reserveSeats(int seats, Set<PriorityGroup> groups, LocalDate until) {
    if (seats < 0 || seats > capacity) {
      throw new IllegalArgumentException("reservedSeats must be between 0 and the capacity " + capacity);
    }
    if (seats > 0 && (groups.isEmpty() || until == null)) {
      throw new IllegalArgumentException("reserved seats need the groups they are for and a release date");
    }
    this.reservedSeats = seats;
    this.reservedFor.clear();
    if (seats > 0) {
      this.reservedFor.addAll(groups);
    }
    this.reservedUntil = seats > 0 ? until : null;
  }

  public void assignTrainer(Trainer trainer) {
    if (!trainer.isQualifiedFor(course.getCode())) {
      throw new IllegalArgumentException(
          trainer.getFullName() + " is not qualified to train " + course.getCode());
    }
    trainers.add(trainer);
  }

  /** Adds a session; sessions stay numbered in time order. */
  public CohortSession addSession(
      OffsetDateTime start, OffsetDateTime end, Venue sessionVenue, Set<Trainer> sessionTrainers) {
    CohortSession s =
        new CohortSession(
            this,
            sessions.size(),
            start,
            end,
            sessionVenue != null ? sessionVenue : venue,
            sessionTrainers.isEmpty() ? trainers : sessionTrainers);
    sessions.add(s);
    sessions.sort(java.util.Comparator.comparing(CohortSession::getStartsAt));
    for (int i = 0; i < sessions.size(); i++) {
      sessions.get(i).setSeq(i);
    }
    return s;
  }

  /**
   * Moves one session; sessions stay in time order. Finished cohorts keep their history.
   *
   * @throws CohortStateException when the cohort is completed or cancelled
   */
  public CohortSession rescheduleSession(int index, OffsetDateTime start, OffsetDateTime end, Venue newVenue, Set<Trainer> newTrainers) {
    if (status == CohortStatus.COMPLETED || status == CohortStatus.CANCELLED) {
      throw new CohortStateException("finished", Problem.of("refusal.cohort.sessions.finished", code, Problem.label("status." + status, status)));
    }
    if (index < 0 || index >= sessions.size()) {
      throw new IllegalArgumentException("cohort " + code + " has no session " + index);
    }
    for (Trainer t : newTrainers == null ? Set.<Trainer>of() : newTrainers) {
      if (!trainers.contains(t)) {
        throw new IllegalArgumentException(t.getFullName() + " is not a trainer of cohort " + code);
      }
    }
    CohortSession s = sessions.get(index);
    s.reschedule(start, end, newVenue, newTrainers);
    sessions.sort(java.util.Comparator.comparing(CohortSession::getStartsAt));
    for (int i = 0; i < sessions.size(); i++) {
      sessions.get(i).setSeq(i);
    }
    return s;
  }

  // --- status ---

  public void open(OffsetDateTime at) {
    moveTo(CohortStatus.OPEN, at);
  }

  public void start(OffsetDateTime at) {
    moveTo(CohortStatus.RUNNING, at);
  }

  /** Marks the cohort completed; the caller evaluates enrolments and issues certificates. */
  public void complete(OffsetDateTime at) {
    moveTo(CohortStatus.COMPLETED, at);
  }

  public void cancel(String reason, OffsetDateTime at) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("cancelling a cohort needs a reason");
    }
    moveTo(CohortStatus.CANCELLED, at);
    this.cancelReason = reason.strip();
  }

  private void moveTo(CohortStatus target, OffsetDateTime at) {
    if (!status.canMoveTo(target)) {
      throw new CohortStateException(
          "invalid_transition", Problem.of("refusal.cohort.transition", code, Problem.label("status." + status, status), Problem.label("status." + target, target)));
    }
    if (target == CohortStatus.OPEN && sessions.isEmpty()) {
      throw new CohortStateException("no_sessions", Problem.of("refusal.cohort.no.sessions", code));
    }
    this.status = target;
    this.updatedAt = at;
  }

  // --- seats ---

  /** Whether seats are still held for priority groups on the given day. */
  public boolean isReservationActive(LocalDate today) {
    return reservedSeats > 0 && reservedUntil != null && today.isBefore(reservedUntil);
  }

  /**
   * Decides where a request goes. Before the release date, learners outside the priority groups
   * may take only unreserved seats; priority learners take a reserved seat first.
   *
   * @param learnerGroups the priority groups the learner belongs to
   * @param reservedSeatsTaken enrolled learners currently holding a reserved seat
   */
  public SeatDecision decideSeat(Set<PriorityGroup> learnerGroups, LocalDate today, int reservedSeatsTaken) {
    if (enrolledCount >= capacity) {
      return SeatDecision.WAITLIST;
    }
    if (!isReservationActive(today)) {
      return SeatDecision.SEAT;
    }
    boolean priority = learnerGroups.stream().anyMatch(reservedFor::contains);
    if (priority && reservedSeatsTaken < reservedSeats) {
      return SeatDecision.RESERVED_SEAT;
    }
    int unreservedTaken = enrolledCount - reservedSeatsTaken;
    return unreservedTaken < capacity - reservedSeats ? SeatDecision.SEAT : SeatDecision.WAITLIST;
  }

  public void requireOpen() {
    if (status != CohortStatus.OPEN) {
      throw new CohortStateException("not_open", Problem.of("refusal.cohort.not.open", code, Problem.label("status." + status, status)));
    }
  }

  /** Counts a learner into a seat; never beyond capacity. */
  public void takeSeat() {
    if (enrolledCount >= capacity) {
      throw new IllegalStateException("cohort " + code + " is full");
    }
    enrolledCount++;
  }

  public void releaseSeat() {
    if (enrolledCount == 0) {
      throw new IllegalStateException("cohort " + code + " has no enrolled learner to release");
    }
    enrolledCount--;
  }

  /** Puts a request at the end of the waitlist and returns its 1-based position. */
  public int joinWaitlist() {
    return ++waitlistCount;
  }

  public void leaveWaitlist() {
    if (waitlistCount == 0) {
      throw new IllegalStateException("cohort " + code + " has an empty waitlist");
    }
    waitlistCount--;
  }

  public int seatsLeft() {
    return Math.max(0, capacity - enrolledCount);
  }

  public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
    return !startDate.isAfter(otherEnd) && !otherStart.isAfter(endDate);
  }

  // --- accessors ---

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public Course getCourse() {
    return course;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public Optional<Venue> getVenue() {
    return Optional.ofNullable(venue);
  }

  public boolean isOnline() {
    return online;
  }

  public String getLanguage() {
    return language;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getReservedSeats() {
    return reservedSeats;
  }

  public Optional<LocalDate> getReservedUntil() {
    return Optional.ofNullable(reservedUntil);
  }

  public Set<PriorityGroup> getReservedFor() {
    return Collections.unmodifiableSet(reservedFor);
  }

  public CohortStatus getStatus() {
    return status;
  }

  public Optional<String> getCancelReason() {
    return Optional.ofNullable(cancelReason);
  }

  public int getEnrolledCount() {
    return enrolledCount;
  }

  public int getWaitlistCount() {
    return waitlistCount;
  }

  public Set<Trainer> getTrainers() {
    return Collections.unmodifiableSet(trainers);
  }

  public List<CohortSession> getSessions() {
    return Collections.unmodifiableList(sessions);
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
