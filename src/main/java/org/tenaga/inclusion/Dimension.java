package org.tenaga.inclusion;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a cross-tab can break people down by. The demographic ones come from the enrolment's
 * snapshot and always list every category, NOT_STATED included, so data gaps stay visible;
 * country, course and quarter come from the cohort (and the stage's date) and list the slice's.
 */
public enum Dimension {
  GENDER(List.of("FEMALE", "MALE", "OTHER", "NOT_STATED")),
  /** Aged 15–35 inclusive on the cohort's start date; NOT_STATED without a birth date. */
  YOUTH(List.of("YES", "NO", "NOT_STATED")),
  LOCALITY(List.of("RURAL", "URBAN", "NOT_STATED")),
  /** Washington Group Short Set: YES when any domain is "a lot of difficulty" or "cannot do at all". */
  DISABILITY(List.of("YES", "NO", "NOT_STATED")),
  SECTOR(List.of("GOVERNMENT", "MSME", "STUDENT", "EDUCATOR", "PRIVATE_SECTOR", "CIVIL_SOCIETY", "UNEMPLOYED", "OTHER", "NOT_STATED")),
  COUNTRY(List.of()),
  COURSE(List.of()),
  /** The calendar quarter of the stage's date, {@code 2026-Q1}. */
  QUARTER(List.of());

  private final List<String> categories;

  Dimension(List<String> categories) {
    this.categories = categories;
  }

  /** Whether the category comes from the learner's snapshot (and so is in a profile). */
  public boolean isDemographic() {
    return !categories.isEmpty();
  }

  /** The fixed categories of a demographic dimension, in display order. */
  public List<String> categories() {
    return categories;
  }

  /** The name in URLs and JSON: {@code gender}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Dimension> fromApiName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (Dimension d : values()) {
      if (d.apiName().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
