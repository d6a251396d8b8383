package org.tenaga.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tenaga.people.Trainer;
import org.tenaga.people.Venue;

/**
 * The one place that decides whether sessions would put a trainer or a venue in two places at
 * once. One query per save; the trainers' and venue's rows are locked first, so two concurrent
 * saves that share a trainer or venue are checked one after the other.
 */
@ApplicationScoped
public class ConflictCheck {

  @PersistenceContext private EntityManager em;

  /** A session about to be saved: its time, its trainers and its venue (none when online). */
  public record Proposed(OffsetDateTime start, OffsetDateTime end, Set<Trainer> trainers, Venue venue) {}

  /**
   * The first clash of the proposed sessions with each other or with the sessions of other
   * (not cancelled) cohorts; empty when there is none.
   *
   * @param cohortId the cohort being saved (its own current sessions are ignored), or null
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<SessionClash> firstClash(Long cohortId, String cohortCode, String courseCode, List<Proposed> proposed) {
    if (proposed.isEmpty()) {
      return Optional.empty();
    }
    lockResources(proposed);
    Optional<SessionClash> internal = clashWithinItself(cohortId, cohortCode, courseCode, proposed);
    if (internal.isPresent()) {
      return internal;
    }
    List<Long> trainerIds = new ArrayList<>();
    List<Long> venueIds = new ArrayList<>();
    for (Proposed p : proposed) {
      p.trainers().forEach(t -> trainerIds.add(t.getId()));
      if (p.venue() != null) {
        venueIds.add(p.venue().getId());
      }
    }
    trainerIds.add(-1L); // IN () is not valid JPQL
    venueIds.add(-1L);
    StringBuilder overlaps = new StringBuilder();
    for (int i = 0; i < proposed.size(); i++) {
      overlaps.append(i == 0 ? "" : " OR ").append("(s.startsAt < :e").append(i).append(" AND s.endsAt > :s").append(i).append(")");
    }
    TypedQuery<Object[]> q =
        em.createQuery(
            "SELECT s, t FROM CohortSession s LEFT JOIN s.trainers t"
                + " WHERE s.cohort.status <> org.tenaga.scheduling.CohortStatus.CANCELLED"
                + (cohortId == null ? "" : " AND s.cohort.id <> :self")
                + " AND (t.id IN :trainers OR s.venue.id IN :venues)"
                + " AND s.startsAt < :maxEnd AND s.endsAt > :minStart"
                + " AND (" + overlaps + ")"
                + " ORDER BY s.startsAt",
            Object[].class);
    if (cohortId != null) {
      q.setParameter("self", cohortId);
    }
    q.setParameter("trainers", trainerIds).setParameter("venues", venueIds);
    q.setParameter("minStart", proposed.stream().map(Proposed::start).min(Comparator.naturalOrder()).orElseThrow());
    q.setParameter("maxEnd", proposed.stream().map(Proposed::end).max(Comparator.naturalOrder()).orElseThrow());
    for (int i = 0; i < proposed.size(); i++) {
      q.setParameter("s" + i, proposed.get(i).start()).setParameter("e" + i, proposed.get(i).end());
    }
    for (Object[] row : q.getResultList()) {
      CohortSession existing = (CohortSession) row[0];
      Trainer trainer = (Trainer) row[1];
      for (Proposed p : proposed) {
        if (!existing.overlaps(p.start(), p.end())) {
          continue;
        }
        if (trainer != null && p.trainers().stream().anyMatch(t -> t.getId().equals(trainer.getId()))) {
          return Optional.of(clash(SessionClash.Kind.TRAINER, trainer.getFullName(), existing, p));
        }
        if (p.venue() != null && existing.getVenue().filter(v -> v.getId().equals(p.venue().getId())).isPresent()) {
          return Optional.of(clash(SessionClash.Kind.VENUE, p.venue().getName(), existing, p));
        }
      }
    }
    return Optional.empty();
  }

  /** Locks trainer and venue rows in id order (a fixed order cannot deadlock). */
  private void lockResources(List<Proposed> proposed) {
    Set<Long> trainers = new TreeSet<>();
    Set<Long> venues = new TreeSet<>();
    for (Proposed p : proposed) {
      p.trainers().forEach(t -> trainers.add(t.getId()));
      if (p.venue() != null) {
        venues.add(p.venue().getId());
      }
    }
    trainers.forEach(id -> em.find(Trainer.class, id, LockModeType.PESSIMISTIC_WRITE));
    venues.forEach(id -> em.find(Venue.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  private static Optional<SessionClash> clashWithinItself(Long cohortId, String cohortCode, String courseCode, List<Proposed> proposed) {
    for (int i = 0; i < proposed.size(); i++) {
      for (int j = i + 1; j < proposed.size(); j++) {
        Proposed a = proposed.get(i);
        Proposed b = proposed.get(j);
        if (a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
          Optional<Trainer> shared = a.trainers().stream().filter(t -> b.trainers().stream().anyMatch(u -> u.getId().equals(t.getId()))).findFirst();
          if (shared.isPresent()) {
            return Optional.of(new SessionClash(SessionClash.Kind.TRAINER, shared.get().getFullName(), cohortCode, courseCode, cohortId, a.start(), a.end(), b.start(), b.end()));
          }
          if (a.venue() != null && b.venue() != null && a.venue().getId().equals(b.venue().getId())) {
            return Optional.of(new SessionClash(SessionClash.Kind.VENUE, a.venue().getName(), cohortCode, courseCode, cohortId, a.start(), a.end(), b.start(), b.end()));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static SessionClash clash(SessionClash.Kind kind, String name, CohortSession existing, Proposed p) {
    Cohort other = existing.getCohort();
    return new SessionClash(kind, name, other.getCode(), other.getCourse().getCode(), other.getId(), existing.getStartsAt(), existing.getEndsAt(), p.start(), p.end());
  }
}
