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
import org.tenaga.scheduling.web.CohortPages;
import org.tenaga.scheduling.CohortStatus;

/** Open cohorts a learner can join, filtered by place, language, format, start and seats. */
@Named
@ViewScoped
public class CohortFinder implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CohortRepository cohorts;
  @Inject transient PeopleRepository people;

  private String country;
  private String province;
  private String language;
  private String format;
  private boolean startingSoon;
  private boolean seatsLeft;

  private CohortPages results;

  /** Open cohorts matching the filters, soonest first, a page at a time (read in the database). */
  public CohortPages getResults() {
    if (results == null) {
      Boolean online = format == null ? null : format.equals("online");
      results = new CohortPages(new CohortRepository.Filter(EnumSet.of(CohortStatus.OPEN), country, null, language, online, province, null,
          startingSoon ? LocalDate.now().plusDays(30) : null, seatsLeft, false));
    }
    return results;
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
  public void setCountry(String v) { country = v; province = null; results = null; }
  public String getProvince() { return province; }
  public void setProvince(String v) { province = v; results = null; }
  public String getLanguage() { return language; }
  public void setLanguage(String v) { language = v; results = null; }
  public String getFormat() { return format; }
  public void setFormat(String v) { format = v; results = null; }
  public boolean isStartingSoon() { return startingSoon; }
  public void setStartingSoon(boolean v) { startingSoon = v; results = null; }
  public boolean isSeatsLeft() { return seatsLeft; }
  public void setSeatsLeft(boolean v) { seatsLeft = v; results = null; }
}
