package org.tenaga.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tenaga.catalog.Course;
import org.tenaga.catalog.CourseLevel;
import org.tenaga.catalog.CourseRepository;
import org.tenaga.catalog.DeliveryMode;
import org.tenaga.catalog.Language;
import org.tenaga.catalog.Skill;
import org.tenaga.commitments.Commitment;
import org.tenaga.commitments.CommitmentRepository;

/** The public catalogue with its filters: level, delivery mode, language, skill, commitment. */
@Named
@ViewScoped
public class CatalogueBrowser implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CourseRepository courses;
  @Inject transient CommitmentRepository commitments;

  private CourseLevel level;
  private DeliveryMode mode;
  private String language;
  private String skill;
  private String commitment;

  private List<Course> all;
  private Map<String, String> skillNames;
  private List<Commitment> commitmentList;

  @PostConstruct
  void load() {
    all = courses.findAll();
    skillNames = courses.findAllSkills().stream().collect(Collectors.toMap(Skill::getCode, Skill::getName));
    commitmentList = commitments.findAll();
  }

  public List<Course> getCourses() {
    return all.stream()
        .filter(c -> level == null || c.getLevel() == level)
        .filter(c -> mode == null || c.getDeliveryModes().contains(mode))
        .filter(c -> language == null || c.getLanguages().contains(language))
        .filter(c -> skill == null || c.getSkills().contains(skill))
        .filter(c -> commitment == null || c.getCommitments().contains(commitment))
        .toList();
  }

  public int getTotal() {
    return all.size();
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
    return java.util.Arrays.stream(Language.values())
        .filter(l -> all.stream().anyMatch(c -> c.getLanguages().contains(l.code())))
        .toList();
  }

  public Map<String, String> getSkillNames() {
    return skillNames;
  }

  public List<Skill> getSkills() {
    return courses.findAllSkills();
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
