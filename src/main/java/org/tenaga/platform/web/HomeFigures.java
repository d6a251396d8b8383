package org.tenaga.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tenaga.scheduling.CohortStatus;

/** The three figures on the home page. */
@Named
@RequestScoped
public class HomeFigures {

  @PersistenceContext private EntityManager em;

  public long getCourses() {
    return em.createQuery("SELECT COUNT(c) FROM Course c", Long.class).getSingleResult();
  }

  public long getOpenCohorts() {
    return em.createQuery("SELECT COUNT(c) FROM Cohort c WHERE c.status = :s", Long.class)
        .setParameter("s", CohortStatus.OPEN)
        .getSingleResult();
  }

  /** Countries where at least one cohort has run or is planned to. */
  public long getCountries() {
    return em.createQuery(
            "SELECT COUNT(DISTINCT c.countryCode) FROM Cohort c WHERE c.status <> :draft", Long.class)
        .setParameter("draft", CohortStatus.DRAFT)
        .getSingleResult();
  }
}
