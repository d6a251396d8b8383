package org.tenaga.people;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** A training place in a province. Online cohorts have no venue. */
@Entity
@Cacheable
@NamedQuery(name = "Venue.findByCode", query = "SELECT v FROM Venue v WHERE v.code = :code")
@NamedQuery(
    name = "Venue.findByCountries",
    query = "SELECT v FROM Venue v WHERE v.countryCode IN :countries ORDER BY v.countryCode, v.name")
@NamedQuery(name = "Venue.findAll", query = "SELECT v FROM Venue v ORDER BY v.countryCode, v.name")
public class Venue {

  /** Accessibility notes fit the column and stay readable in a cohort's details. */
  public static final int MAX_ACCESSIBILITY = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "country_code", nullable = false)
  private String countryCode;

  @Column(name = "province_code", nullable = false)
  private String provinceCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VenueLocality locality;

  @Column(nullable = false)
  private int capacity;

  private String accessibility;

  @Column(nullable = false)
  private boolean active = true;

  protected Venue() {}

  public Venue(
      String code,
      String name,
      CountryCode country,
      String provinceCode,
      VenueLocality locality,
      int capacity,
      String accessibility) {
    this.code = code;
    update(name, country, provinceCode, locality, capacity, accessibility);
  }

  /**
   * Replaces the venue's description. The caller checks that the province belongs to the
   * country (provinces are reference data this entity does not load).
   */
  public void update(
      String name, CountryCode country, String provinceCode, VenueLocality locality, int capacity, String accessibility) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    if (accessibility != null && accessibility.length() > MAX_ACCESSIBILITY) {
      throw new IllegalArgumentException("accessibility notes must be at most " + MAX_ACCESSIBILITY + " characters");
    }
    if (name == null || name.isBlank() || provinceCode == null || locality == null) {
      throw new IllegalArgumentException("a venue needs a name, a province and a locality");
    }
    this.name = name;
    this.countryCode = country.value();
    this.provinceCode = provinceCode;
    this.locality = locality;
    this.capacity = capacity;
    this.accessibility = accessibility;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public VenueLocality getLocality() {
    return locality;
  }

  public int getCapacity() {
    return capacity;
  }

  public String getAccessibility() {
    return accessibility;
  }

  public boolean isActive() {
    return active;
  }
}
