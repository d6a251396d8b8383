package org.tenaga.people;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
  public Map<String, String> problems(Set<String> knownCountries, Function<String, Optional<String>> countryOfProvince) {
    Map<String, String> problems = new LinkedHashMap<>();
    String c = cleanCode();
    if (c.isEmpty()) {
      problems.put("code", "is required");
    } else if (!TrainerDetails.CODE.matcher(c).matches()) {
      problems.put("code", "must be 1–20 capital letters, digits and hyphens, starting with a letter or digit");
    }
    String n = cleanName();
    if (n.isEmpty()) {
      problems.put("name", "is required");
    } else if (n.length() > TrainerDetails.MAX_NAME) {
      problems.put("name", "must be at most " + TrainerDetails.MAX_NAME + " characters");
    }
    String cc = cleanCountry();
    boolean countryKnown = knownCountries.contains(cc);
    if (cc.isEmpty()) {
      problems.put("country", "is required");
    } else if (!countryKnown) {
      problems.put("country", "'" + cc + "' is not a country code Tenaga knows");
    }
    String p = cleanProvince();
    if (p.isEmpty()) {
      problems.put("province", "is required");
    } else {
      Optional<String> of = countryOfProvince.apply(p);
      if (of.isEmpty()) {
        problems.put("province", "'" + p + "' is not a province Tenaga knows");
      } else if (countryKnown && !of.get().equals(cc)) {
        problems.put("province", "'" + p + "' is a province of " + of.get() + ", not of " + cc);
      }
    }
    if (locality == null || locality.isBlank()) {
      problems.put("locality", "is required: RURAL or URBAN");
    } else if (venueLocality().isEmpty()) {
      problems.put("locality", "must be RURAL or URBAN, not '" + locality.strip() + "'");
    }
    if (capacity == null) {
      problems.put("capacity", "is required");
    } else if (capacity <= 0) {
      problems.put("capacity", "must be more than 0");
    }
    cleanAccessibility().filter(a -> a.length() > Venue.MAX_ACCESSIBILITY)
        .ifPresent(a -> problems.put("accessibility", "must be at most " + Venue.MAX_ACCESSIBILITY + " characters, not " + a.length()));
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
