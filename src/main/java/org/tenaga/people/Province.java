package org.tenaga.people;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** A first-level region of a country (ISO 3166-2 code where one exists). */
@Entity
@Cacheable
@NamedQuery(
    name = "Province.findByCountry",
    query = "SELECT p FROM Province p WHERE p.countryCode = :country ORDER BY p.name")
public class Province {

  @Id private String code;

  @Column(name = "country_code", nullable = false)
  private String countryCode;

  @Column(nullable = false)
  private String name;

  protected Province() {}

  public Province(String code, CountryCode country, String name) {
    this.code = code;
    this.countryCode = country.value();
    this.name = name;
  }

  public String getCode() {
    return code;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public String getName() {
    return name;
  }
}
