package org.tenaga.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tenaga.catalog.Course;
import org.tenaga.catalog.CourseRepository;
import org.tenaga.catalog.Language;
import org.tenaga.catalog.Skill;
import org.tenaga.platform.web.Messages;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortRepository;
import org.tenaga.scheduling.CohortStatus;

/** A course: its sanitised description, completion rule, skills and upcoming cohorts. */
@Named
@RequestScoped
public class CoursePage {

  @Inject CourseRepository courses;
  @Inject CohortRepository cohorts;

  private String code;
  private Course course;
  private List<Cohort> upcoming;
  private Map<String, String> skillNames;

  public void load() throws IOException {
    course = code == null ? null : courses.find(code).orElse(null);
    if (course == null) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such course");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    upcoming =
        cohorts.search(
            new CohortRepository.Filter(EnumSet.of(CohortStatus.OPEN, CohortStatus.RUNNING), null, code, null, null, null), 0, 50);
    // Skills are reference data named in English; the bundle names them in the page's language.
    skillNames = courses.findAllSkills().stream().collect(Collectors.toMap(Skill::getCode, s -> Messages.textOr("skill." + s.getCode(), s.getName())));
  }

  public String languageName(String language) {
    return Language.nameOf(language);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Course getCourse() {
    return course;
  }

  public List<Cohort> getUpcoming() {
    return upcoming;
  }

  public Map<String, String> getSkillNames() {
    return skillNames;
  }
}
