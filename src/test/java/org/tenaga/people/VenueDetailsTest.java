package org.tenaga.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class VenueDetailsTest {

  static final Set<String> COUNTRIES = Set.of("ID", "PH", "TH");
  static final Map<String, String> PROVINCES = Map.of("ID-NT", "ID", "ID-JK", "ID", "PH-00", "PH");
  static final Function<String, Optional<String>> COUNTRY_OF = p -> Optional.ofNullable(PROVINCES.get(p));

  static VenueDetails venue(String country, String province, String locality, Integer capacity, String accessibility) {
    return new VenueDetails("v-id-99", "Balai Desa Oelnasi", country, province, locality, capacity, accessibility);
  }

  @Test
  void goodDetailsHaveNoProblemAndAreCleaned() {
    VenueDetails d = venue("id", "id-nt", "rural", 25, "  Ground floor only  ");
    assertTrue(d.problems(COUNTRIES, COUNTRY_OF).isEmpty(), d.problems(COUNTRIES, COUNTRY_OF)::toString);
    assertEquals("V-ID-99", d.cleanCode());
    assertEquals("ID-NT", d.cleanProvince());
    assertEquals(Optional.of(VenueLocality.RURAL), d.venueLocality());
    assertEquals(Optional.of("Ground floor only"), d.cleanAccessibility());
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    Map<String, String> p = new VenueDetails(" ", "", "XX", "", "SUBURBAN", 0, "x".repeat(1001)).problems(COUNTRIES, COUNTRY_OF);
    assertEquals(List.of("code", "name", "country", "province", "locality", "capacity", "accessibility"), List.copyOf(p.keySet()));
    assertEquals("'XX' is not a country code Tenaga knows", p.get("country"));
    assertEquals("must be RURAL or URBAN, not 'SUBURBAN'", p.get("locality"));
    assertEquals("must be more than 0", p.get("capacity"));
    assertEquals("must be at most 1000 characters, not 1001", p.get("accessibility"));
  }

  @Test
  void theProvinceBelongsToTheCountry() {
    assertEquals("'PH-00' is a province of PH, not of ID", venue("ID", "PH-00", "URBAN", 10, null).problems(COUNTRIES, COUNTRY_OF).get("province"));
    assertEquals("'ID-XX' is not a province Tenaga knows", venue("ID", "ID-XX", "URBAN", 10, null).problems(COUNTRIES, COUNTRY_OF).get("province"));
    assertEquals("is required", venue("ID", "ID-NT", "URBAN", null, null).problems(COUNTRIES, COUNTRY_OF).get("capacity"));
    assertTrue(venue("ID", "ID-NT", "URBAN", 1, "x".repeat(1000)).problems(COUNTRIES, COUNTRY_OF).isEmpty(), "1000 characters fit");
  }
}
