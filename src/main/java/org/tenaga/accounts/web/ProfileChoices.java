package org.tenaga.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tenaga.people.Country;
import org.tenaga.people.Difficulty;
import org.tenaga.people.Gender;
import org.tenaga.people.Locality;
import org.tenaga.people.PeopleRepository;
import org.tenaga.people.Province;
import org.tenaga.people.Sector;

/** The choices of the profile questions, for the registration and profile pages alike. */
@Named
@RequestScoped
public class ProfileChoices {

  @Inject PeopleRepository people;

  public List<Country> getCountries() {
    return people.countries();
  }

  /** The provinces of the chosen country; none before a country is chosen. */
  public List<Province> provinces(String country) {
    return country == null || country.isBlank() ? List.of() : people.provinces(country);
  }

  public Gender[] getGenders() { return Gender.values(); }
  public Locality[] getLocalities() { return Locality.values(); }
  public Sector[] getSectors() { return Sector.values(); }
  public Difficulty[] getDifficulties() { return Difficulty.values(); }
}
