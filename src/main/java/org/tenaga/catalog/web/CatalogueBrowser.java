package org.tenaga.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tenaga.catalog.CatalogueSearch;
import org.tenaga.catalog.Course;
import org.tenaga.catalog.CourseLevel;
import org.tenaga.catalog.CourseRepository;
import org.tenaga.catalog.DeliveryMode;
import org.tenaga.catalog.Language;
import org.tenaga.catalog.Skill;
import org.tenaga.commitments.Commitment;
import org.tenaga.commitments.CommitmentRepository;
import org.tenaga.platform.web.Messages;

/** The public catalogue with its filters: level, delivery mode, language, skill, commitment. */
@Named
@ViewScoped
public class CatalogueBrowser implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CourseRepository courses;
  @Inject transient CatalogueSearch search;
  @Inject transient CommitmentRepository commitments;

  private CourseLevel level;
  private DeliveryMode mode;
  private String language;
  private String skill;
  private String commitment;

  private long total;
  private List<Language> languages;
  private List<Skill> skills;
  private List<Commitment> commitmentList;
  /** The courses of the current filters, read once per request (the page asks many times). */
  private transient List<Course> shown;
  private transient Object shownFor;

  @PostConstruct
  void load() {
    total = search.count();
    languages = search.languagesTaught();
    skills = courses.findAllSkills();
    commitmentList = commitments.findAll();
  }

  public List<Course> getCourses() {
    CatalogueSearch.Filter filter = new CatalogueSearch.Filter(level, mode, language, skill, commitment);
    if (shown == null || !filter.equals(shownFor)) {
      shown = search.search(filter);
      shownFor = filter;
    }
    return shown;
  }

  public long getTotal() {
    return total;
  }

  public void clear() {
    level = null;
    mode = null;
    language = null;
    skill = null;
    commitment = null;
  }

  public CourseLevel[] getLevels() {
    return CourseLevel.values();
  }

  public DeliveryMode[] getModes() {
    return DeliveryMode.values();
  }

  /** Languages any course is taught in, by their own name. */
  public List<Language> getLanguages() {
    return languages;
  }

  public List<Skill> getSkills() {
    return skills;
  }

  /** A skill's name in the page's language (skills are reference data named in English). */
  public String skillName(Skill s) {
    return Messages.textOr("skill." + s.getCode(), s.getName());
  }

  public List<Commitment> getCommitments() {
    return commitmentList;
  }

  public String languageName(String code) {
    return Language.nameOf(code);
  }

  public CourseLevel getLevel() {
    return level;
  }

  public void setLevel(CourseLevel level) {
    this.level = level;
  }

  public DeliveryMode getMode() {
    return mode;
  }

  public void setMode(DeliveryMode mode) {
    this.mode = mode;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getSkill() {
    return skill;
  }

  public void setSkill(String skill) {
    this.skill = skill;
  }

  public String getCommitment() {
    return commitment;
  }

  public void setCommitment(String commitment) {
    this.commitment = commitment;
  }
}
