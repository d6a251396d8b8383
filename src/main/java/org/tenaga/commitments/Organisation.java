package org.tenaga.commitments;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** A donor or an implementing partner. */
@Entity
@Cacheable
@NamedQuery(name = "Organisation.findByCode", query = "SELECT o FROM Organisation o WHERE o.code = :code")
@NamedQuery(name = "Organisation.findAll", query = "SELECT o FROM Organisation o ORDER BY o.name")
public class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrganisationType type;

  @Column(name = "country_code")
  private String countryCode;

  protected Organisation() {}

  public Organisation(String code, String name, OrganisationType type, String countryCode) {
    this.code = code;
    this.name = name;
    this.type = type;
    this.countryCode = countryCode;
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

  public OrganisationType getType() {
    return type;
  }

  public String getCountryCode() {
    return countryCode;
  }
}
