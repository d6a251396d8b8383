package org.tenaga.inclusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.tenaga.commitments.Commitment;
import org.tenaga.commitments.CommitmentRepository;

/**
 * The bases as the data defines them now: ALL, and each commitment with the courses that serve it
 * (from the catalogue), its countries and its period in whole months; and each of these narrowed
 * to one of its courses, so that a course's drill-down is a whole base too.
 */
@ApplicationScoped
public class BaseDefinitions {

  private static final Logger LOG = Logger.getLogger(BaseDefinitions.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject CommitmentRepository commitments;

  public List<Base> current() {
    Map<String, Set<String>> coursesByCommitment = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(
            "SELECT cc.commitment_code, co.code FROM course_commitment cc JOIN course co ON co.id = cc.course_id")
        .getResultList();
    for (Object[] r : rows) {
      coursesByCommitment.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]);
    }
    List<Base> bases = new ArrayList<>();
    bases.add(Base.ALL);
    for (String course : new java.util.TreeSet<>(courseCodes())) {
      bases.add(Base.ALL.ofCourse(course));
    }
    for (Commitment c : commitments.findAll()) {
      Base base = of(c, coursesByCommitment.getOrDefault(c.getCode(), Set.of()));
      bases.add(base);
      for (String course : new java.util.TreeSet<>(base.courses())) {
        bases.add(base.ofCourse(course));
      }
    }
    return bases;
  }

  /** Every country code. */
  @SuppressWarnings("unchecked")
  public Set<String> countryCodes() {
    return new HashSet<>((List<String>) em.createNativeQuery("SELECT code FROM country").getResultList());
  }

  /** Every course code of the catalogue. */
  @SuppressWarnings("unchecked")
  public Set<String> courseCodes() {
    return new HashSet<>((List<String>) em.createNativeQuery("SELECT code FROM course").getResultList());
  }

  /**
   * A commitment's base. Statistics are kept by month, so a period is counted in whole months;
   * a period that does not start on the 1st or end on a month's last day is reported in the log.
   */
  static Base of(Commitment c, Set<String> courses) {
    YearMonth from = YearMonth.from(c.getPeriodStart());
    YearMonth to = YearMonth.from(c.getPeriodEnd());
    if (c.getPeriodStart().getDayOfMonth() != 1 || !c.getPeriodEnd().equals(to.atEndOfMonth())) {
      LOG.warning("Commitment " + c.getCode() + " has a period of part months (" + c.getPeriodStart() + " to " + c.getPeriodEnd()
          + "); its statistics count the whole months " + from + " to " + to);
    }
    return new Base(c.getCode(), courses, c.getCountries(), from, to);
  }
}
