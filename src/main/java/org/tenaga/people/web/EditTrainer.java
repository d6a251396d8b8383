package org.tenaga.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.accounts.UserAccount;
import org.tenaga.catalog.CourseRepository;
import org.tenaga.catalog.Language;
import org.tenaga.people.EarnedQualification;
import org.tenaga.people.PeopleRepository;
import org.tenaga.people.Trainer;
import org.tenaga.people.TrainerDetails;
import org.tenaga.people.TrainerService;
import org.tenaga.platform.api.ApiException;
import org.tenaga.platform.web.Formats;
import org.tenaga.platform.web.Messages;

/**
 * Adding or editing one trainer ({@code trainer.xhtml?id=}, no id for a new one), and their
 * qualifications with how each was earned. The service decides; this bean only translates.
 */
@Named
@ViewScoped
public class EditTrainer implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TrainerService trainers;
  @Inject transient PeopleRepository people;
  @Inject transient CourseRepository courses;
  @Inject transient CurrentAccount current;
  @Inject transient Formats fmt;

  /** A qualification as the page shows it: how it was earned, in words, and whether it can go. */
  public record QualificationRow(String courseCode, String courseTitle, String earned, boolean removable) implements Serializable {}

  private String id;
  private Long trainerId;
  private String savedCode;
  private String savedName;
  private String code;
  private String fullName;
  private String email;
  private String phone;
  private List<String> countries = new ArrayList<>();
  private List<String> languages = new ArrayList<>();
  /** The trainer's countries outside the caller's: shown, kept, not changeable here. */
  private Set<String> otherCountries = new TreeSet<>();
  private List<QualificationRow> qualifications = List.of();
  private String courseCode;

  /** The view action: loads the trainer named by {@code id}, or starts a new one. */
  public void load() {
    try {
      FormProblems.id(id, "Trainer").ifPresent(i -> show(trainers.find(i, caller())));
    } catch (ApiException refused) {
      FormProblems.refusePage(refused);
    }
  }

  public String save() {
    Set<String> all = new TreeSet<>(countries);
    all.addAll(otherCountries);
    TrainerDetails details = new TrainerDetails(trainerId == null ? code : savedCode, fullName, email, phone, List.copyOf(all), List.copyOf(languages));
    try {
      if (trainerId == null) {
        Trainer created = trainers.create(details, caller());
        FormProblems.saved("trainer.saved", true);
        return "/coordinator/trainer?faces-redirect=true&id=" + created.getId();
      }
      show(trainers.update(trainerId, details, caller()));
      FormProblems.saved("trainer.saved", false);
    } catch (ApiException refused) {
      FormProblems.show(refused, "trainer");
    }
    return null;
  }

  public void qualify() {
    try {
      trainers.qualify(trainerId, courseCode, caller());
      courseCode = null;
      show(trainers.find(trainerId, caller()));
      FormProblems.saved("qualification.added", false);
    } catch (ApiException refused) {
      FormProblems.show(refused, "qualify");
    }
  }

  public void unqualify(String course) {
    try {
      trainers.unqualify(trainerId, course, caller());
      show(trainers.find(trainerId, caller()));
      FormProblems.saved("qualification.removed", false);
    } catch (ApiException refused) {
      FormProblems.show(refused, "qualifications");
    }
  }

  private void show(Trainer t) {
    UserAccount caller = caller();
    trainerId = t.getId();
    savedCode = t.getCode();
    savedName = t.getFullName();
    code = t.getCode();
    fullName = t.getFullName();
    email = t.getEmail();
    phone = t.getPhone();
    countries = new ArrayList<>(t.getCountries().stream().filter(caller::actsIn).toList());
    otherCountries = new TreeSet<>(t.getCountries().stream().filter(c -> !caller.actsIn(c)).toList());
    languages = new ArrayList<>(t.getLanguages());
    qualifications = trainers.qualifications(t).stream().map(this::row).toList();
  }

  private QualificationRow row(EarnedQualification q) {
    String earned =
        q.certificate()
            .map(c -> Messages.format("qualification.by.certificate", c.serial(), c.courseCode(), fmt.date(c.issuedOn())))
            .orElseGet(() -> Messages.format("qualification.by.coordinator", q.grantedBy(), fmt.date(q.grantedAt().toLocalDate())));
    return new QualificationRow(q.courseCode(), q.courseTitle(), earned, q.isRemovable());
  }

  private UserAccount caller() {
    return current.require();
  }

  public boolean isCreating() {
    return trainerId == null;
  }

  /** Countries the caller may tick: their own; the trainer's others are listed apart. */
  public List<Option> getCountryOptions() {
    Set<String> scope = people.scopeOf(caller());
    return people.countries().stream().filter(c -> scope.contains(c.getCode())).map(c -> Option.of(c.getCode(), fmt.country(c.getCode(), c.getName()))).toList();
  }

  public String getOtherCountryNames() {
    return String.join(", ", otherCountries);
  }

  public List<Option> getLanguageOptions() {
    return Arrays.stream(Language.values()).map(l -> Option.of(l.code(), l.displayName() + " (" + l.code() + ")")).toList();
  }

  /** Courses the trainer is not yet qualified for. */
  public List<Option> getCourseOptions() {
    Set<String> held = new LinkedHashSet<>(qualifications.stream().map(QualificationRow::courseCode).toList());
    return courses.findAll().stream().filter(c -> !held.contains(c.getCode())).map(c -> Option.of(c.getCode(), c.getCode() + " — " + c.getTitle())).toList();
  }

  public List<QualificationRow> getQualifications() {
    return qualifications;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getSavedCode() {
    return savedCode;
  }

  /** The name as stored, for the heading (the field may hold a refused edit). */
  public String getSavedName() {
    return savedName;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public List<String> getCountries() {
    return countries;
  }

  public void setCountries(List<String> countries) {
    this.countries = countries;
  }

  public List<String> getLanguages() {
    return languages;
  }

  public void setLanguages(List<String> languages) {
    this.languages = languages;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public void setCourseCode(String courseCode) {
    this.courseCode = courseCode;
  }
}
