package org.tenaga.people;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.ZoneId;

/** An ASEAN member state or the United States, by ISO 3166 alpha-2 code. */
@Entity
@Cacheable
@NamedQuery(name = "Country.findAll", query = "SELECT c FROM Country c ORDER BY c.name")
public class Country {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  protected Country() {}

  public Country(String code, String name, ZoneId timeZone) {
    this.code = CountryCode.of(code).value();
    this.name = name;
    this.timeZone = timeZone.getId();
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public ZoneId getTimeZone() {
    return ZoneId.of(timeZone);
  }
}
