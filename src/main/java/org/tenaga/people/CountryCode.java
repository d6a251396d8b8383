package org.tenaga.people;

/** An ISO 3166-1 alpha-2 country code, upper case. */
public record CountryCode(String value) {

  public CountryCode {
    if (value == null || !value.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("a country code is two capital letters (ISO 3166), not '" + value + "'");
    }
  }

  public static CountryCode of(String value) {
    return new CountryCode(value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
