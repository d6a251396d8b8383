package org.tenaga.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainerTest {

  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7));

  static Trainer ayu() {
    return new Trainer("T001", "Ayu Lestari", "ayu@trainers.test", null, Set.of(CountryCode.of("ID")), Set.of("id"), NOW);
  }

  @Test
  void aCoordinatorWithdrawsOnlyWhatCoordinatorsGave() {
    Trainer t = ayu();
    t.qualify("AI-MSME-101", QualificationSource.COORDINATOR, null, "coordinator@tenaga.test", NOW);
    t.qualify("DIGI-RURAL-101", QualificationSource.CERTIFICATE, 42L, "system", NOW);

    assertTrue(t.unqualify("AI-MSME-101").isPresent());
    assertFalse(t.isQualifiedFor("AI-MSME-101"));
    assertThrows(IllegalStateException.class, () -> t.unqualify("DIGI-RURAL-101"), "the cascade's record stays");
    assertTrue(t.isQualifiedFor("DIGI-RURAL-101"));
    assertEquals(Optional.empty(), t.unqualify("GENAI-101"), "nothing to withdraw");
  }

  @Test
  void aRevokedCertificateTakesOnlyTheQualificationItEarned() {
    Trainer t = ayu();
    t.qualify("AI-MSME-101", QualificationSource.CERTIFICATE, 42L, "system", NOW);
    t.qualify("DIGI-RURAL-101", QualificationSource.CERTIFICATE, 43L, "system", NOW);
    t.qualify("GENAI-101", QualificationSource.COORDINATOR, null, "coordinator@tenaga.test", NOW);

    assertEquals("AI-MSME-101", t.withdrawQualificationEarnedBy(42L).orElseThrow().getCourseCode());
    assertFalse(t.isQualifiedFor("AI-MSME-101"));
    assertTrue(t.isQualifiedFor("DIGI-RURAL-101") && t.isQualifiedFor("GENAI-101"), "others stay");
    assertEquals(Optional.empty(), t.withdrawQualificationEarnedBy(42L), "already gone");
    assertEquals(Optional.empty(), t.withdrawQualificationEarnedBy(99L), "not one this certificate earned");
  }

  @Test
  void aQualificationKeepsHowItWasFirstEarned() {
    Trainer t = ayu();
    t.qualify("AI-MSME-101", QualificationSource.CERTIFICATE, 42L, "system", NOW);
    TrainerQualification again = t.qualify("AI-MSME-101", QualificationSource.COORDINATOR, null, "coordinator@tenaga.test", NOW.plusDays(1));
    assertEquals(QualificationSource.CERTIFICATE, again.getSource());
    assertFalse(again.isRemovableByCoordinator());
  }

  @Test
  void anEditReplacesCountriesAndLanguagesButNeverEmptiesThem() {
    Trainer t = ayu();
    t.update("Ayu L.", "ayu.l@trainers.test", "+62 1234", Set.of(CountryCode.of("TL"), CountryCode.of("ID")), Set.of("tet", "id"));
    assertEquals(java.util.List.of("ID", "TL"), java.util.List.copyOf(t.getCountries()), "in code order");
    assertEquals(Set.of("id", "tet"), t.getLanguages());
    assertThrows(IllegalArgumentException.class, () -> t.update("Ayu", "ayu@trainers.test", null, Set.of(), Set.of("id")));
    assertThrows(IllegalArgumentException.class, () -> t.update(" ", "ayu@trainers.test", null, Set.of(CountryCode.of("ID")), Set.of("id")));
  }

  @Test
  void aTrainerWithoutACodeGetsOneFromItsIdOnceStored() throws ReflectiveOperationException {
    Trainer t = Trainer.withoutCode("Keo Sophea", "sophea@trainers.test", null, Set.of(CountryCode.of("KH")), Set.of("km"), NOW);
    assertThrows(IllegalStateException.class, t::assignGeneratedCode, "no id before persisting");
    Field id = Trainer.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(t, 5150L);
    t.assignGeneratedCode();
    assertEquals("TR-5150", t.getCode());
  }

  @Test
  void aCoordinatorsScopeCoversATrainerThroughAnyOfTheirCountries() {
    Trainer t = new Trainer("T019", "Lim Wei Jie", "lim@trainers.test", null, Set.of(CountryCode.of("MY"), CountryCode.of("SG")), Set.of("en"), NOW);
    assertTrue(t.worksInAnyOf(Set.of("TH", "MY")::contains));
    assertFalse(t.worksInAnyOf(Set.of("ID", "PH", "VN")::contains));
  }

  @Test
  void aVenueKeepsAPositiveCapacityAndShortAccessibilityNotes() {
    Venue v = new Venue("V-ID-01", "Balai", CountryCode.of("ID"), "ID-NT", VenueLocality.URBAN, 40, null);
    v.update("Balai Latihan", CountryCode.of("ID"), "ID-JK", VenueLocality.RURAL, 25, "Ramp");
    assertEquals("ID-JK", v.getProvinceCode());
    assertEquals(25, v.getCapacity());
    assertThrows(IllegalArgumentException.class, () -> v.update("Balai", CountryCode.of("ID"), "ID-NT", VenueLocality.URBAN, 0, null));
    assertThrows(IllegalArgumentException.class, () -> v.update("Balai", CountryCode.of("ID"), "ID-NT", VenueLocality.URBAN, 10, "x".repeat(1001)));
    assertEquals(25, v.getCapacity(), "a refused edit changes nothing");
  }
}
