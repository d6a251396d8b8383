package org.tenaga.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Cohorts by id and by filter, paged in the database. */
@ApplicationScoped
public class CohortRepository {

  @PersistenceContext private EntityManager em;

  /** Filters for a cohort search; null means "any". */
  /**
   * What a cohort list shows: null or false for "any". {@code countries}: one of these (a
   * coordinator's); {@code startsBy}: starting on or before that day; {@code seatsLeft}: a seat
   * free; {@code newestFirst}: latest start first instead of soonest.
   */
  public record Filter(
      Set<CohortStatus> statuses, String country, String course, String language, Boolean online, String province,
      Set<String> countries, java.time.LocalDate startsBy, boolean seatsLeft, boolean newestFirst) implements java.io.Serializable {

    public Filter(Set<CohortStatus> statuses, String country, String course, String language, Boolean online, String province) {
      this(statuses, country, course, language, online, province, null, null, false, false);
    }

    public Filter {
      statuses = statuses == null ? null : java.util.EnumSet.copyOf(statuses.isEmpty() ? java.util.EnumSet.noneOf(CohortStatus.class) : statuses);
      countries = countries == null ? null : Set.copyOf(countries);
    }

    public static Filter any() {
      return new Filter(null, null, null, null, null, null);
    }

    /** Cohorts in any of these countries, latest start first (a coordinator's list). */
    public static Filter inCountries(Set<String> countries) {
      return new Filter(null, null, null, null, null, null, countries, null, false, true);
    }
  }

  public Optional<Cohort> find(Long id) {
    return Optional.ofNullable(em.find(Cohort.class, id));
  }

  /** The time zone a cohort's sessions are read in: its country's. */
  public java.time.ZoneId zoneOf(Cohort cohort) {
    return em.find(org.tenaga.people.Country.class, cohort.getCountryCode()).getTimeZone();
  }

  /**
   * Sessions between two instants in some countries, optionally of one course, trainer or venue
   * (for the coordinators' calendar); cancelled cohorts are left out.
   */
  public List<CohortSession> sessions(
      java.time.OffsetDateTime from, java.time.OffsetDateTime to, java.util.Collection<String> countries, String course, Long trainerId, Long venueId) {
    String jpql = "SELECT DISTINCT s FROM CohortSession s LEFT JOIN s.trainers t WHERE s.startsAt < :to AND s.endsAt > :from"
        + " AND s.cohort.countryCode IN :countries AND s.cohort.status <> org.tenaga.scheduling.CohortStatus.CANCELLED"
        + (course == null ? "" : " AND s.cohort.course.code = :course")
        + (trainerId == null ? "" : " AND t.id = :trainer")
        + (venueId == null ? "" : " AND s.venue.id = :venue")
        + " ORDER BY s.startsAt";
    TypedQuery<CohortSession> q = em.createQuery(jpql, CohortSession.class)
        .setParameter("from", from).setParameter("to", to).setParameter("countries", countries);
    if (course != null) {
      q.setParameter("course", course);
    }
    if (trainerId != null) {
      q.setParameter("trainer", trainerId);
    }
    if (venueId != null) {
      q.setParameter("venue", venueId);
    }
    return q.setMaxResults(2000).getResultList();
  }

  public Optional<Cohort> findByCode(String code) {
    return em.createNamedQuery("Cohort.findByCode", Cohort.class).setParameter("code", code).getResultStream().findFirst();
  }

  public List<Cohort> search(Filter filter, int page, int size) {
    return searchFrom(filter, page * size, size);
  }

  /** {@code size} cohorts from the {@code first} (a paginator's offset). */
  public List<Cohort> searchFrom(Filter filter, int first, int size) {
    TypedQuery<Cohort> q =
        em.createQuery("SELECT c FROM Cohort c" + where(filter)
            + (filter.newestFirst() ? " ORDER BY c.startDate DESC, c.code DESC" : " ORDER BY c.startDate, c.code"), Cohort.class);
    parameters(filter).forEach(q::setParameter);
    return q.setFirstResult(first).setMaxResults(size).getResultList();
  }

  public long count(Filter filter) {
    TypedQuery<Long> q = em.createQuery("SELECT COUNT(c) FROM Cohort c" + where(filter), Long.class);
    parameters(filter).forEach(q::setParameter);
    return q.getSingleResult();
  }

  private static String where(Filter f) {
    List<String> clauses = new ArrayList<>();
    if (f.statuses() != null) {
      clauses.add("c.status IN :statuses");
    }
    if (f.country() != null) {
      clauses.add("c.countryCode = :country");
    }
    if (f.course() != null) {
      clauses.add("c.course.code = :course");
    }
    if (f.language() != null) {
      clauses.add("c.language = :language");
    }
    if (f.online() != null) {
      clauses.add("c.online = :online");
    }
    if (f.province() != null) {
      clauses.add("c.provinceCode = :province");
    }
    if (f.countries() != null) {
      clauses.add("c.countryCode IN :countries");
    }
    if (f.startsBy() != null) {
      clauses.add("c.startDate <= :startsBy");
    }
    if (f.seatsLeft()) {
      clauses.add("c.enrolledCount < c.capacity"); // Cohort.seatsLeft() > 0
    }
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  private static Map<String, Object> parameters(Filter f) {
    Map<String, Object> p = new HashMap<>();
    if (f.statuses() != null) {
      p.put("statuses", f.statuses());
    }
    if (f.country() != null) {
      p.put("country", f.country());
    }
    if (f.course() != null) {
      p.put("course", f.course());
    }
    if (f.language() != null) {
      p.put("language", f.language());
    }
    if (f.online() != null) {
      p.put("online", f.online());
    }
    if (f.province() != null) {
      p.put("province", f.province());
    }
    if (f.countries() != null) {
      p.put("countries", f.countries());
    }
    if (f.startsBy() != null) {
      p.put("startsBy", f.startsBy());
    }
    return p;
  }
}
