package org.tenaga.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.tenaga.people.Trainer;
import org.tenaga.people.Venue;

/** A dated time slot of a cohort, at a venue (or online), with its trainer(s). */
@Entity
@Table(name = "cohort_session")
public class CohortSession {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "cohort_id")
  private Cohort cohort;

  /** 0-based position in the cohort, in time order. */
  @Column(nullable = false)
  private int seq;

  @Column(name = "starts_at", nullable = false)
  private OffsetDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private OffsetDateTime endsAt;

  @ManyToOne
  @JoinColumn(name = "venue_id")
  private Venue venue;

  @ManyToMany
  @JoinTable(
      name = "session_trainer",
      joinColumns = @JoinColumn(name = "session_id"),
      inverseJoinColumns = @JoinColumn(name = "trainer_id"))
  private Set<Trainer> trainers = new LinkedHashSet<>();

  protected CohortSession() {}

  CohortSession(
      Cohort cohort, int seq, OffsetDateTime startsAt, OffsetDateTime endsAt, Venue venue, Set<Trainer> trainers) {
    if (!endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("a session must end after it starts");
    }
    this.cohort = cohort;
    this.seq = seq;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.venue = venue;
    this.trainers.addAll(trainers);
  }

  /** Moves the session (and, when given, to another venue or other trainers). */
  void reschedule(OffsetDateTime start, OffsetDateTime end, Venue newVenue, Set<Trainer> newTrainers) {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a session must end after it starts");
    }
    this.startsAt = start;
    this.endsAt = end;
    if (newVenue != null) {
      this.venue = newVenue;
    }
    if (newTrainers != null && !newTrainers.isEmpty()) {
      this.trainers.clear();
      this.trainers.addAll(newTrainers);
    }
  }

  public boolean overlaps(OffsetDateTime otherStart, OffsetDateTime otherEnd) {
    return startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt);
  }

  public Long getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public int getSeq() {
    return seq;
  }

  void setSeq(int seq) {
    this.seq = seq;
  }

  public OffsetDateTime getStartsAt() {
    return startsAt;
  }

  public OffsetDateTime getEndsAt() {
    return endsAt;
  }

  public Optional<Venue> getVenue() {
    return Optional.ofNullable(venue);
  }

  public Set<Trainer> getTrainers() {
    return Collections.unmodifiableSet(trainers);
  }
}
