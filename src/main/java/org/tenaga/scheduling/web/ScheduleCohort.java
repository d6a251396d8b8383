package org.tenaga.scheduling.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.accounts.Role;
import org.tenaga.accounts.UserAccount;
import org.tenaga.catalog.Course;
import org.tenaga.catalog.CourseRepository;
import org.tenaga.catalog.Language;
import org.tenaga.people.Country;
import org.tenaga.people.PeopleRepository;
import org.tenaga.people.Province;
import org.tenaga.people.Trainer;
import org.tenaga.people.Venue;
import org.tenaga.platform.api.ApiException;
import org.tenaga.platform.web.Messages;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortPlan;
import org.tenaga.scheduling.CohortPlanning;
import org.tenaga.scheduling.PriorityGroup;

/** The "schedule a cohort" page: the plan's fields and a weekly session pattern. */
@Named
@ViewScoped
public class ScheduleCohort implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CohortPlanning planning;
  @Inject transient CourseRepository courses;
  @Inject transient PeopleRepository people;
  @Inject transient CurrentAccount current;

  private String courseCode;
  private String country;
  private String province;
  private boolean online;
  private String venueId;
  private String language;
  private LocalDate startDate;
  private LocalDate endDate;
  private Integer capacity = 25;
  private Integer reservedSeats = 0;
  private List<String> reservedFor = new ArrayList<>();
  private LocalDate reservedUntil;
  private List<String> trainerIds = new ArrayList<>();
  private List<String> days = new ArrayList<>(List.of("TUESDAY", "THURSDAY"));
  private String startTime = "09:00";
  private String endTime = "12:00";
  private Integer weeks = 4;

  private List<String> countries;

  @PostConstruct
  void init() {
    UserAccount caller = current.require();
    countries = caller.has(Role.ADMIN)
        ? people.countries().stream().map(Country::getCode).toList()
        : List.copyOf(new TreeSet<>(caller.getCountries()));
    country = countries.isEmpty() ? null : countries.get(0);
  }

  public void save() throws IOException {
    CohortPlan plan = new CohortPlan(
        courseCode, country, province, online ? null : venueId, online, language,
        startDate == null ? null : startDate.toString(), endDate == null ? null : endDate.toString(),
        capacity, reservedSeats, reservedFor.stream().map(String::valueOf).toList(), reservedUntil == null ? null : reservedUntil.toString(),
        trainerIds.stream().map(String::valueOf).toList(), null,
        new CohortPlan.PatternPlan(days.stream().map(d -> d.substring(0, 3)).toList(), startTime, endTime, weeks));
    try {
      Cohort cohort = planning.create(plan, current.require());
      ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
      ec.getFlash().setKeepMessages(true);
      Messages.infoKey("schedule.saved", cohort.getCode(), cohort.getSessions().size());
      ec.redirect(ec.getRequestContextPath() + "/coordinator/cohort.xhtml?id=" + cohort.getId());
    } catch (ApiException e) {
      Messages.refused(e);
    }
  }

  public List<Course> getCourses() {
    return courses.findAll();
  }

  public List<String> getCountries() {
    return countries;
  }

  public List<Province> getProvinces() {
    return country == null ? List.of() : people.provinces(country);
  }

  public List<Venue> getVenues() {
    return country == null ? List.of() : people.venues(Set.of(country));
  }

  public List<Language> getLanguages() {
    Collection<String> taught = courses.find(courseCode == null ? "" : courseCode).map(Course::getLanguages).orElse(Set.of());
    return java.util.Arrays.stream(Language.values()).filter(l -> taught.contains(l.code())).toList();
  }

  /** Trainers working in the country who are qualified for the course. */
  public List<Trainer> getTrainers() {
    if (country == null || courseCode == null) {
      return List.of();
    }
    return people.trainers(Set.of(country), courseCode);
  }

  public DayOfWeek[] getWeekdays() {
    return DayOfWeek.values();
  }

  public PriorityGroup[] getPriorityGroups() {
    return PriorityGroup.values();
  }

  // --- form fields ---

  public String getCourseCode() { return courseCode; }
  public void setCourseCode(String v) { courseCode = v; }
  public String getCountry() { return country; }
  public void setCountry(String v) { country = v; }
  public String getProvince() { return province; }
  public void setProvince(String v) { province = v; }
  public boolean isOnline() { return online; }
  public void setOnline(boolean v) { online = v; }
  public String getVenueId() { return venueId; }
  public void setVenueId(String v) { venueId = v; }
  public String getLanguage() { return language; }
  public void setLanguage(String v) { language = v; }
  public LocalDate getStartDate() { return startDate; }
  public void setStartDate(LocalDate v) { startDate = v; }
  public LocalDate getEndDate() { return endDate; }
  public void setEndDate(LocalDate v) { endDate = v; }
  public Integer getCapacity() { return capacity; }
  public void setCapacity(Integer v) { capacity = v; }
  public Integer getReservedSeats() { return reservedSeats; }
  public void setReservedSeats(Integer v) { reservedSeats = v; }
  public List<String> getReservedFor() { return reservedFor; }
  public void setReservedFor(List<String> v) { reservedFor = v; }
  public LocalDate getReservedUntil() { return reservedUntil; }
  public void setReservedUntil(LocalDate v) { reservedUntil = v; }
  public List<String> getTrainerIds() { return trainerIds; }
  public void setTrainerIds(List<String> v) { trainerIds = v; }
  public List<String> getDays() { return days; }
  public void setDays(List<String> v) { days = v; }
  public String getStartTime() { return startTime; }
  public void setStartTime(String v) { startTime = v; }
  public String getEndTime() { return endTime; }
  public void setEndTime(String v) { endTime = v; }
  public Integer getWeeks() { return weeks; }
  public void setWeeks(Integer v) { weeks = v; }
}
