package org.tenaga.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.platform.web.Formats;
import org.tenaga.catalog.CourseRepository;
import org.tenaga.people.PeopleRepository;
import org.tenaga.people.Trainer;
import org.tenaga.people.TrainerQualification;

/**
 * The trainers in the coordinator's countries, searched by name, country and course. A few
 * hundred at most, so the page loads them once and filters in memory.
 */
@Named
@ViewScoped
public class TrainerDirectory implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PeopleRepository people;
  @Inject transient CourseRepository courses;
  @Inject transient CurrentAccount current;
  @Inject transient Formats fmt;

  /** A trainer as the directory lists them. */
  public record Row(Long id, String code, String fullName, List<String> countries, List<String> languages, List<String> qualifications)
      implements Serializable {
    public String countryList() {
      return String.join(", ", countries);
    }

    public String languageList() {
      return String.join(", ", languages);
    }

    public String qualificationList() {
      return String.join(", ", qualifications);
    }

    static Row of(Trainer t) {
      return new Row(
          t.getId(), t.getCode(), t.getFullName(), List.copyOf(t.getCountries()), List.copyOf(t.getLanguages()),
          t.getQualifications().stream().map(TrainerQualification::getCourseCode).toList());
    }
  }

  private String name;
  private String country;
  private String course;

  private List<Row> all;
  private List<Option> countryOptions;
  private List<Option> courseOptions;

  @PostConstruct
  void load() {
    Set<String> scope = people.scopeOf(current.require());
    all = people.trainers(scope, null).stream().map(Row::of).toList();
    countryOptions = people.countries().stream().filter(c -> scope.contains(c.getCode())).map(c -> Option.of(c.getCode(), fmt.country(c.getCode(), c.getName()))).toList();
    courseOptions = courses.findAll().stream().map(c -> Option.of(c.getCode(), c.getCode() + " — " + c.getTitle())).toList();
  }

  /** The trainers matching every filter given; names match without case or accents ("huong" finds Hương). */
  public List<Row> getTrainers() {
    String wanted = name == null ? "" : plain(name);
    return all.stream()
        .filter(r -> wanted.isEmpty() || plain(r.fullName()).contains(wanted) || plain(r.code()).contains(wanted))
        .filter(r -> country == null || r.countries().contains(country))
        .filter(r -> course == null || r.qualifications().contains(course))
        .toList();
  }

  public int getTotal() {
    return all.size();
  }

  public void clear() {
    name = null;
    country = null;
    course = null;
  }

  static String plain(String s) {
    return Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
  }

  public List<Option> getCountryOptions() {
    return countryOptions;
  }

  public List<Option> getCourseOptions() {
    return courseOptions;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }
}
