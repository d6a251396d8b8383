package org.tenaga.inclusion;

/**
 * A demographic snapshot as the statistics count it, packed in one number: gender (4) × youth
 * (3) × locality (3) × disability (3) × sector (9) = 972 profiles. Rollups count people per
 * profile, so any one- or two-way breakdown is a sum over profiles.
 */
public final class Profile {

  /** How many profiles there are. */
  public static final int COUNT = 4 * 3 * 3 * 3 * 9;

  private static final Dimension[] PARTS = {Dimension.GENDER, Dimension.YOUTH, Dimension.LOCALITY, Dimension.DISABILITY, Dimension.SECTOR};

  private Profile() {}

  /**
   * The profile of a snapshot, from its stored codes (null where the learner did not say).
   *
   * @throws IllegalArgumentException for a code no dimension knows
   */
  public static int of(String gender, Integer age, String locality, String disability, String sector) {
    String youth = age == null ? "NOT_STATED" : org.tenaga.people.AgeRule.isYouth(age) ? "YES" : "NO";
    int[] parts = {
      index(Dimension.GENDER, gender), index(Dimension.YOUTH, youth), index(Dimension.LOCALITY, locality),
      index(Dimension.DISABILITY, disability), index(Dimension.SECTOR, sector)
    };
    int p = 0;
    for (int i = 0; i < PARTS.length; i++) {
      p = p * PARTS[i].categories().size() + parts[i];
    }
    return p;
  }

  private static int index(Dimension d, String code) {
    int i = d.categories().indexOf(code == null ? "NOT_STATED" : code);
    if (i < 0) {
      throw new IllegalArgumentException("not a " + d.apiName() + " category: " + code);
    }
    return i;
  }

  /** The category of a demographic dimension in a profile, e.g. FEMALE. */
  public static String category(int profile, Dimension d) {
    int p = profile;
    for (int i = PARTS.length - 1; i >= 0; i--) {
      int size = PARTS[i].categories().size();
      if (PARTS[i] == d) {
        return d.categories().get(p % size);
      }
      p /= size;
    }
    throw new IllegalArgumentException(d + " is not part of a profile");
  }
}
