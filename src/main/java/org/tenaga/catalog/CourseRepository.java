package org.tenaga.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tenaga.platform.SharedReads;

/** Courses by code. */
@ApplicationScoped
public class CourseRepository {

  @PersistenceContext private EntityManager em;

  public Optional<Course> find(String code) {
    return em.createNamedQuery("Course.findByCode", Course.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public List<Course> findAll() {
    return em.createNamedQuery("Course.findAll", Course.class).getResultList();
  }

  public List<Skill> findAllSkills() {
    return SharedReads.readOnly(em.createNamedQuery("Skill.findAll", Skill.class)).getResultList();
  }

  public void store(Course course) {
    em.persist(course);
  }
}
