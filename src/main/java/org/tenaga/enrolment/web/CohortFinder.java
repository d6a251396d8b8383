package org.tenaga.enrolment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.tenaga.catalog.Language;
import org.tenaga.people.Country;
import org.tenaga.people.PeopleRepository;
import org.tenaga.people.Province;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortRepository;
import org.tenaga.scheduling.CohortStatus;

/** Open cohorts a learner can join, filtered by place, language, format, start and seats. */
@Named
@ViewScoped
public class CohortFinder implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CohortRepository cohorts;
  @Inject transient PeopleRepository people;
  @Inject transient java.time.Clock clock;

  private String country;
  private String province;
  private String language;
  private String format;
  private boolean startingSoon;
  private boolean seatsLeft;

  /** Cohorts per page of results. */
  public static final int PAGE = 25;

  private int first;

  /**
   * One page of the open cohorts matching the filters, soonest first, read in the database (the
   * filters are conditions of the query); read once per request.
   */
  @SuppressWarnings("unchecked")
  public List<Cohort> getResults() {
    return (List<Cohort>) requestCache().computeIfAbsent("cohortFinder.results", k -> cohorts.searchFrom(filter(), first, PAGE));
  }

  /** How many open cohorts match the filters. */
  public long getTotal() {
    return (Long) requestCache().computeIfAbsent("cohortFinder.total", k -> cohorts.count(filter()));
  }

  public int getFirst() {
    return first;
  }

  /** The number of the last cohort shown (1-based). */
  public long getLast() {
    return Math.min(first + PAGE, getTotal());
  }

  public void next() {
    if (first + PAGE < getTotal()) {
      first += PAGE;
      forget();
    }
  }

  public void previous() {
    first = Math.max(0, first - PAGE);
    forget();
  }

  private CohortRepository.Filter filter() {
    Boolean online = format == null ? null : format.equals("online");
    return new CohortRepository.Filter(EnumSet.of(CohortStatus.OPEN), country, null, language, online, province, null,
        startingSoon ? LocalDate.now(clock).plusDays(30) : null, seatsLeft, false);
  }

  /** A changed filter starts again from the first page. */
  private void filtered() {
    first = 0;
    forget();
  }

  private static void forget() {
    requestCache().remove("cohortFinder.results");
    requestCache().remove("cohortFinder.total");
  }

  private static java.util.Map<String, Object> requestCache() {
    return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
  }

  public List<Country> getCountries() {
    return people.countries();
  }

  public List<Province> getProvinces() {
    return country == null ? List.of() : people.provinces(country);
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public String languageName(String code) {
    return Language.nameOf(code);
  }

  public String getCountry() { return country; }
  public void setCountry(String v) { country = v; province = null; filtered(); }
  public String getProvince() { return province; }
  public void setProvince(String v) { province = v; filtered(); }
  public String getLanguage() { return language; }
  public void setLanguage(String v) { language = v; filtered(); }
  public String getFormat() { return format; }
  public void setFormat(String v) { format = v; filtered(); }
  public boolean isStartingSoon() { return startingSoon; }
  public void setStartingSoon(boolean v) { startingSoon = v; filtered(); }
  public boolean isSeatsLeft() { return seatsLeft; }
  public void setSeatsLeft(boolean v) { seatsLeft = v; filtered(); }
}
