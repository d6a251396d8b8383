package org.tenaga.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Countries, provinces, trainers and venues. */
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
}
