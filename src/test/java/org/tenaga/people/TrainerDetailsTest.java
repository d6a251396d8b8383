package org.tenaga.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainerDetailsTest {

  static final Set<String> COUNTRIES = Set.of("ID", "PH", "VN", "TH");

  static TrainerDetails good() {
    return new TrainerDetails(null, "Ayu Lestari", "Ayu.Lestari@Example.org ", "+62 814-0509-4360", List.of("id"), List.of("ID", "en"));
  }

  @Test
  void goodDetailsHaveNoProblemAndAreCleaned() {
    TrainerDetails d = good();
    assertTrue(d.problems(COUNTRIES).isEmpty(), d.problems(COUNTRIES)::toString);
    assertEquals("ayu.lestari@example.org", d.cleanEmail(), "emails compare in lower case");
    assertEquals(Set.of("ID"), d.countryCodes());
    assertEquals(Set.of("en", "id"), d.languageCodes());
    assertEquals(Optional.empty(), d.cleanCode(), "no code: Tenaga gives one");
    assertEquals(Optional.of("T035"), new TrainerDetails(" t035 ", "A", "a@b.org", null, List.of("ID"), List.of("id")).cleanCode());
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    Map<String, String> p = new TrainerDetails("bad code!", " ", "not-an-email", "call me", List.of(), null).problems(COUNTRIES);
    assertEquals(List.of("code", "fullName", "email", "phone", "countries", "languages"), List.copyOf(p.keySet()));
    assertEquals("is required", p.get("fullName"));
    assertEquals("must be an email address like name@example.org", p.get("email"));
  }

  @Test
  void countriesAndLanguagesMustBeKnown() {
    Map<String, String> p = new TrainerDetails(null, "A", "a@b.org", null, List.of("ID", "XX"), List.of("id", "klingon")).problems(COUNTRIES);
    assertEquals("'XX' is not a country code Tenaga knows", p.get("countries"));
    assertTrue(p.get("languages").startsWith("'klingon' is not one of en, id"), p.get("languages"));
  }

  @Test
  void generatedCodesAreReservedAndLimitsHold() {
    assertTrue(new TrainerDetails("TR-1234", "A", "a@b.org", null, List.of("ID"), List.of("id")).problems(COUNTRIES).get("code").contains("given by Tenaga"));
    String longName = "x".repeat(201);
    assertEquals("must be at most 200 characters", new TrainerDetails(null, longName, "a@b.org", null, List.of("ID"), List.of("id")).problems(COUNTRIES).get("fullName"));
    assertTrue(new TrainerDetails("T-" + "9".repeat(19), "A", "a@b.org", null, List.of("ID"), List.of("id")).problems(COUNTRIES).containsKey("code"), "codes fit 20 characters");
  }

  @Test
  void aCoordinatorChangesOnlyTheirOwnCountriesOfATrainer() {
    Set<String> mine = Set.of("ID", "PH", "VN");
    // Keeping TH (not mine) untouched is fine; adding or dropping it is not.
    assertEquals(Optional.empty(), TrainerService.changeOutsideScope(Set.of("ID", "TH"), Set.of("PH", "TH"), mine::contains));
    assertEquals(Optional.of("TH"), TrainerService.changeOutsideScope(Set.of("ID", "TH"), Set.of("ID"), mine::contains));
    assertEquals(Optional.of("MY"), TrainerService.changeOutsideScope(Set.of("ID"), Set.of("ID", "MY"), mine::contains));
    assertEquals(Optional.empty(), TrainerService.changeOutsideScope(Set.of("TH"), Set.of("TH"), c -> false), "no change needs no scope");
  }

  @Test
  void phoneNumbersLookLikePhoneNumbers() {
    for (String ok : Arrays.asList("+62 814-0509-4360", "(02) 8123 4567", "0917.555.1234", null, " ")) {
      assertTrue(!new TrainerDetails(null, "A", "a@b.org", ok, List.of("ID"), List.of("id")).problems(COUNTRIES).containsKey("phone"), ok);
    }
    for (String bad : List.of("12", "call me", "+62 814 <script>", "1".repeat(41))) {
      assertTrue(new TrainerDetails(null, "A", "a@b.org", bad, List.of("ID"), List.of("id")).problems(COUNTRIES).containsKey("phone"), bad);
    }
  }
}
