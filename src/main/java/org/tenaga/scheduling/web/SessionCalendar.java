package org.tenaga.scheduling.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.accounts.Role;
import org.tenaga.accounts.UserAccount;
import org.tenaga.catalog.Course;
import org.tenaga.catalog.CourseRepository;
import org.tenaga.people.Country;
import org.tenaga.people.PeopleRepository;
import org.tenaga.people.Trainer;
import org.tenaga.people.Venue;
import org.tenaga.scheduling.CohortRepository;
import org.tenaga.scheduling.CohortSession;

/**
 * Every session in the coordinator's countries on a PrimeFaces schedule, filtered by country,
 * course, trainer and venue; an event links to its cohort. Sessions load per visible range.
 */
@Named
@ViewScoped
public class SessionCalendar implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CohortRepository cohorts;
  @Inject transient PeopleRepository people;
  @Inject transient CourseRepository courses;
  @Inject transient CurrentAccount current;

  private String country;
  private String course;
  private Long trainerId;
  private Long venueId;
  private Set<String> scope;
  private final ScheduleModel model = new LazyScheduleModel() {
    private static final long serialVersionUID = 1L;

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
      // The schedule shows local times of the server's view; sessions are placed by their own zone.
      for (CohortSession s : cohorts.sessions(start.atOffset(ZoneOffset.UTC).minusDays(1), end.atOffset(ZoneOffset.UTC).plusDays(1),
          country == null ? scope : Set.of(country), course, trainerId, venueId)) {
        ZoneId zone = cohorts.zoneOf(s.getCohort());
        addEvent(DefaultScheduleEvent.builder()
            .id(String.valueOf(s.getId()))
            .title(s.getCohort().getCode() + " · " + s.getCohort().getCourse().getCode())
            .description(s.getCohort().getCourse().getTitle())
            .startDate(s.getStartsAt().atZoneSameInstant(zone).toLocalDateTime())
            .endDate(s.getEndsAt().atZoneSameInstant(zone).toLocalDateTime())
            .url("cohort.xhtml?id=" + s.getCohort().getId())
            .styleClass("session-" + s.getCohort().getStatus().name().toLowerCase(java.util.Locale.ROOT))
            .build());
      }
    }
  };

  @PostConstruct
  void init() {
    UserAccount caller = current.require();
    scope = caller.has(Role.ADMIN)
        ? new TreeSet<>(people.countries().stream().map(Country::getCode).toList())
        : new TreeSet<>(caller.getCountries());
  }

  public ScheduleModel getModel() {
    return model;
  }

  public Set<String> getCountries() {
    return scope;
  }

  public List<Course> getCourses() {
    return courses.findAll();
  }

  public List<Trainer> getTrainers() {
    return people.trainers(country == null ? scope : Set.of(country), course);
  }

  public List<Venue> getVenues() {
    return people.venues(country == null ? scope : Set.of(country));
  }

  public String getCountry() { return country; }
  public void setCountry(String v) { country = v; }
  public String getCourse() { return course; }
  public void setCourse(String v) { course = v; }
  public Long getTrainerId() { return trainerId; }
  public void setTrainerId(Long v) { trainerId = v; }
  public Long getVenueId() { return venueId; }
  public void setVenueId(Long v) { venueId = v; }
}
