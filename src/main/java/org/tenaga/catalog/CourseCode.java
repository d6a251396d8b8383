package org.tenaga.catalog;

/** A course's business identity: capitals, digits and hyphens, 3–32 characters. */
public record CourseCode(String value) {

  public CourseCode {
    if (value == null || !value.matches("[A-Z][A-Z0-9-]{2,31}")) {
      throw new IllegalArgumentException(
          "a course code is 3–32 capitals, digits and hyphens starting with a capital, not '"
              + value
              + "'");
    }
  }

  public static boolean isValid(String value) {
    return value != null && value.matches("[A-Z][A-Z0-9-]{2,31}");
  }

  @Override
  public String toString() {
    return value;
  }
}
