package org.tenaga.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tenaga.accounts.Role;
import org.tenaga.accounts.UserAccount;

/**
 * Countries, provinces, trainers and venues. The few questions about cohorts and certificates
 * are asked in JPQL by entity name: scheduling and certification build on people, not the
 * reverse.
 */
@ApplicationScoped
public class PeopleRepository {

  @PersistenceContext private EntityManager em;

  public List<Country> countries() {
    return em.createNamedQuery("Country.findAll", Country.class).getResultList();
  }

  public Optional<Country> country(String code) {
    return Optional.ofNullable(code == null ? null : em.find(Country.class, code));
  }

  public List<Province> provinces(String country) {
    return em.createNamedQuery("Province.findByCountry", Province.class).setParameter("country", country).getResultList();
  }

  /** Trainers working in any of the countries and, when given, qualified for the course. */
  public List<Trainer> trainers(Collection<String> countries, String course) {
    String jpql =
        "SELECT DISTINCT t FROM Trainer t JOIN t.countries c WHERE c IN :countries"
            + (course == null ? "" : " AND EXISTS (SELECT q FROM TrainerQualification q WHERE q.trainer = t AND q.courseCode = :course)")
            + " ORDER BY t.fullName";
    var q = em.createQuery(jpql, Trainer.class).setParameter("countries", countries);
    if (course != null) {
      q.setParameter("course", course);
    }
    return q.getResultList();
  }

  public List<Venue> venues(Collection<String> countries) {
    return em.createNamedQuery("Venue.findByCountries", Venue.class).setParameter("countries", countries).getResultList();
  }

  /** The countries an account acts in: every country for admins, the assigned ones for coordinators. */
  public Set<String> scopeOf(UserAccount account) {
    return account.has(Role.ADMIN) ? countryCodes() : account.getCountries();
  }

  public Set<String> countryCodes() {
    return countries().stream().map(Country::getCode).collect(Collectors.toSet());
  }

  public Optional<Province> province(String code) {
    return Optional.ofNullable(code == null ? null : em.find(Province.class, code));
  }

  public Optional<Trainer> trainer(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(Trainer.class, id));
  }

  public Optional<Trainer> trainerByCode(String code) {
    return em.createNamedQuery("Trainer.findByCode", Trainer.class).setParameter("code", code).getResultStream().findFirst();
  }

  public Optional<Trainer> trainerByEmail(String email) {
    return em.createNamedQuery("Trainer.findByEmail", Trainer.class).setParameter("email", email).getResultStream().findFirst();
  }

  public Optional<Venue> venue(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(Venue.class, id));
  }

  public Optional<Venue> venueByCode(String code) {
    return em.createNamedQuery("Venue.findByCode", Venue.class).setParameter("code", code).getResultStream().findFirst();
  }

  public void store(Trainer trainer) {
    em.persist(trainer);
  }

  public void store(Venue venue) {
    em.persist(venue);
  }

  /** The certificates behind certificate-earned qualifications, by certificate id. */
  public Map<Long, CertificateReference> certificates(Collection<Long> ids) {
    Map<Long, CertificateReference> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    List<Object[]> rows =
        em.createQuery("SELECT c.id, c.serial, c.course.code, c.issuedOn FROM Certificate c WHERE c.id IN :ids", Object[].class)
            .setParameter("ids", ids)
            .getResultList();
    for (Object[] r : rows) {
      LocalDate issued = r[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[3];
      found.put(((Number) r[0]).longValue(), new CertificateReference((String) r[1], (String) r[2], issued));
    }
    return found;
  }

  /** Codes of the cohorts not yet over (draft, open, running) in which the trainer teaches the course. */
  public List<String> cohortsStillTaught(Long trainerId, String courseCode) {
    return em.createQuery(
            "SELECT DISTINCT c.code FROM Cohort c JOIN c.trainers t WHERE t.id = :trainer AND c.course.code = :course"
                + " AND c.status IN (org.tenaga.scheduling.CohortStatus.DRAFT, org.tenaga.scheduling.CohortStatus.OPEN,"
                + " org.tenaga.scheduling.CohortStatus.RUNNING) ORDER BY c.code",
            String.class)
        .setParameter("trainer", trainerId)
        .setParameter("course", courseCode)
        .getResultList();
  }

  /** Codes of the cohorts held at the venue, as theirs or for one of their sessions. */
  public List<String> cohortsAt(Long venueId) {
    return em.createQuery(
            "SELECT c.code FROM Cohort c WHERE c.venue.id = :venue"
                + " OR EXISTS (SELECT s FROM CohortSession s WHERE s.cohort = c AND s.venue.id = :venue) ORDER BY c.code",
            String.class)
        .setParameter("venue", venueId)
        .setMaxResults(5)
        .getResultList();
  }
}
