package org.tenaga.people;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tenaga.platform.Problems;

/**
 * What a coordinator says about a venue, to create or edit one: the API's request body and the
 * edit page's form. {@link #problems} checks the fields against reference data; the service adds
 * scope and duplicates.
 */
public record VenueDetails(
    String code, String name, String country, String province, String locality, Integer capacity, String accessibility) {

  /**
   * Each field's problem, in form order; empty when the details are acceptable.
   *
   * @param knownCountries the country codes Tenaga holds
   * @param countryOfProvince the country a province code belongs to, empty when unknown
   */
  public Problems problems(Set<String> knownCountries, Function<String, Optional<String>> countryOfProvince) {
    Problems problems = new Problems();
    String c = cleanCode();
    if (c.isEmpty()) {
      problems.add("code", "problem.required");
    } else if (!TrainerDetails.CODE.matcher(c).matches()) {
      problems.add("code", "problem.code.format");
    }
    String n = cleanName();
    if (n.isEmpty()) {
      problems.add("name", "problem.required");
    } else if (n.length() > TrainerDetails.MAX_NAME) {
      problems.add("name", "problem.chars.max", TrainerDetails.MAX_NAME);
    }
    String cc = cleanCountry();
    boolean countryKnown = knownCountries.contains(cc);
    if (cc.isEmpty()) {
      problems.add("country", "problem.required");
    } else if (!countryKnown) {
      problems.add("country", "problem.country.code", cc);
    }
    String p = cleanProvince();
    if (p.isEmpty()) {
      problems.add("province", "problem.required");
    } else {
      Optional<String> of = countryOfProvince.apply(p);
      if (of.isEmpty()) {
        problems.add("province", "problem.province.code", p);
      } else if (countryKnown && !of.get().equals(cc)) {
        problems.add("province", "problem.province.other", p, of.get(), cc);
      }
    }
    if (locality == null || locality.isBlank()) {
      problems.add("locality", "problem.locality.required");
    } else if (venueLocality().isEmpty()) {
      problems.add("locality", "problem.locality", locality.strip());
    }
    if (capacity == null) {
      problems.add("capacity", "problem.required");
    } else if (capacity <= 0) {
      problems.add("capacity", "problem.positive");
    }
    cleanAccessibility().filter(a -> a.length() > Venue.MAX_ACCESSIBILITY)
        .ifPresent(a -> problems.add("accessibility", "problem.chars.max.not", Venue.MAX_ACCESSIBILITY, a.length()));
    return problems;
  }

  public String cleanCode() {
    return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
  }

  public String cleanName() {
    return name == null ? "" : name.strip();
  }

  public String cleanCountry() {
    return country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
  }

  /** Province codes are stored as the files spell them (ISO 3166-2, e.g. ID-NT). */
  public String cleanProvince() {
    return province == null ? "" : province.strip().toUpperCase(Locale.ROOT);
  }

  public Optional<VenueLocality> venueLocality() {
    try {
      return Optional.of(VenueLocality.valueOf(locality.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException | NullPointerException notALocality) {
      return Optional.empty();
    }
  }

  public Optional<String> cleanAccessibility() {
    return Optional.ofNullable(accessibility).map(String::strip).filter(a -> !a.isEmpty());
  }
}
