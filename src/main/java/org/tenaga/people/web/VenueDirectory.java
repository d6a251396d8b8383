package org.tenaga.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.platform.web.Formats;
import org.tenaga.people.PeopleRepository;
import org.tenaga.people.Province;
import org.tenaga.people.Venue;

/** The venues in the coordinator's countries, searched by name and country; filtered in memory. */
@Named
@ViewScoped
public class VenueDirectory implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PeopleRepository people;
  @Inject transient CurrentAccount current;
  @Inject transient Formats fmt;

  /** A venue as the directory lists it, with its province's name. */
  public record Row(Long id, String code, String name, String country, String province, String locality, int capacity) implements Serializable {}

  private String name;
  private String country;

  private List<Row> all;
  private List<Option> countryOptions;

  @PostConstruct
  void load() {
    Set<String> scope = people.scopeOf(current.require());
    Map<String, String> provinces =
        scope.stream().flatMap(c -> people.provinces(c).stream()).collect(Collectors.toMap(Province::getCode, Province::getName));
    Function<Venue, Row> row =
        v -> new Row(v.getId(), v.getCode(), v.getName(), v.getCountryCode(), provinces.getOrDefault(v.getProvinceCode(), v.getProvinceCode()),
            v.getLocality().name(), v.getCapacity());
    all = people.venues(scope).stream().map(row).toList();
    countryOptions = people.countries().stream().filter(c -> scope.contains(c.getCode())).map(c -> Option.of(c.getCode(), fmt.country(c.getCode(), c.getName()))).toList();
  }

  /** The venues matching every filter given; names and codes match without case or accents. */
  public List<Row> getVenues() {
    String wanted = name == null ? "" : TrainerDirectory.plain(name);
    return all.stream()
        .filter(r -> wanted.isEmpty() || TrainerDirectory.plain(r.name()).contains(wanted) || TrainerDirectory.plain(r.code()).contains(wanted))
        .filter(r -> country == null || r.country().equals(country))
        .toList();
  }

  public int getTotal() {
    return all.size();
  }

  public void clear() {
    name = null;
    country = null;
  }

  public List<Option> getCountryOptions() {
    return countryOptions;
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
}
