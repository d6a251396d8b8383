package org.tenaga.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.platform.web.Formats;
import org.tenaga.accounts.UserAccount;
import org.tenaga.people.PeopleRepository;
import org.tenaga.people.Venue;
import org.tenaga.people.VenueDetails;
import org.tenaga.people.VenueLocality;
import org.tenaga.people.VenueService;
import org.tenaga.platform.api.ApiException;

/**
 * Adding or editing one venue ({@code venue.xhtml?id=}, no id for a new one). The province list
 * follows the chosen country; the service decides, this bean only translates.
 */
@Named
@ViewScoped
public class EditVenue implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient VenueService venues;
  @Inject transient PeopleRepository people;
  @Inject transient CurrentAccount current;
  @Inject transient Formats fmt;

  private String id;
  private Long venueId;
  private String savedCode;
  private String savedName;
  private String code;
  private String name;
  private String country;
  private String province;
  private String locality;
  private Integer capacity;
  private String accessibility;

  /** The view action: loads the venue named by {@code id}, or starts a new one. */
  public void load() {
    try {
      FormProblems.id(id, "Venue").ifPresent(i -> show(venues.find(i, caller())));
    } catch (ApiException refused) {
      FormProblems.refusePage(refused);
    }
  }

  public String save() {
    VenueDetails details = new VenueDetails(venueId == null ? code : savedCode, name, country, province, locality, capacity, accessibility);
    try {
      if (venueId == null) {
        Venue created = venues.create(details, caller());
        FormProblems.saved("venue.saved", true);
        return "/coordinator/venue?faces-redirect=true&id=" + created.getId();
      }
      show(venues.update(venueId, details, caller()));
      FormProblems.saved("venue.saved", false);
    } catch (ApiException refused) {
      FormProblems.show(refused, "venue");
    }
    return null;
  }

  /** A new country needs a province of its own. */
  public void countryChanged() {
    province = null;
  }

  private void show(Venue v) {
    venueId = v.getId();
    savedCode = v.getCode();
    savedName = v.getName();
    code = v.getCode();
    name = v.getName();
    country = v.getCountryCode();
    province = v.getProvinceCode();
    locality = v.getLocality().name();
    capacity = v.getCapacity();
    accessibility = v.getAccessibility();
  }

  private UserAccount caller() {
    return current.require();
  }

  public boolean isCreating() {
    return venueId == null;
  }

  public List<Option> getCountryOptions() {
    Set<String> scope = people.scopeOf(caller());
    return people.countries().stream().filter(c -> scope.contains(c.getCode())).map(c -> Option.of(c.getCode(), fmt.country(c.getCode(), c.getName()))).toList();
  }

  public List<Option> getProvinceOptions() {
    return country == null ? List.of() : people.provinces(country).stream().map(p -> Option.of(p.getCode(), p.getName())).toList();
  }

  public VenueLocality[] getLocalities() {
    return VenueLocality.values();
  }

  public int getMaxAccessibility() {
    return Venue.MAX_ACCESSIBILITY;
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

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }

  public String getLocality() {
    return locality;
  }

  public void setLocality(String locality) {
    this.locality = locality;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public String getAccessibility() {
    return accessibility;
  }

  public void setAccessibility(String accessibility) {
    this.accessibility = accessibility;
  }
}
