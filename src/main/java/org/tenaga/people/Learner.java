package org.tenaga.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A person who takes courses: profile, demographics (each may be "prefer not to say"), consent. */
@Entity
@NamedQuery(name = "Learner.findByEmail", query = "SELECT l FROM Learner l WHERE l.email = :email")
public class Learner {

  /** The privacy notice learners consent to; bump it when the notice changes. */
  public static final String CURRENT_POLICY_VERSION = "2025-01";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
  private Long id;

  private String email;

  @Column(name = "full_name")
  private String fullName;

  private String phone;

  @Column(name = "country_code", nullable = false)
  private String countryCode;

  @Column(name = "province_code")
  private String provinceCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Gender gender;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Locality locality;

  @Enumerated(EnumType.STRING)
  private Sector sector;

  @Embedded private WashingtonGroupAnswers disability;

  @Column(name = "consent_at", nullable = false)
  private OffsetDateTime consentAt;

  @Column(name = "consent_policy_version", nullable = false)
  private String consentPolicyVersion;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "erased_at")
  private OffsetDateTime erasedAt;

  protected Learner() {}

  public Learner(
      String email,
      String fullName,
      CountryCode country,
      String provinceCode,
      Gender gender,
      LocalDate birthDate,
      Locality locality,
      Sector sector,
      WashingtonGroupAnswers disability,
      OffsetDateTime consentAt,
      String consentPolicyVersion) {
    this.email = email;
    this.fullName = fullName;
    this.countryCode = country.value();
    this.provinceCode = provinceCode;
    this.gender = gender == null ? Gender.NOT_STATED : gender;
    this.birthDate = birthDate;
    this.locality = locality == null ? Locality.NOT_STATED : locality;
    this.sector = sector;
    this.disability = disability == null ? WashingtonGroupAnswers.notAnswered() : disability;
    this.consentAt = consentAt;
    this.consentPolicyVersion = consentPolicyVersion;
    this.createdAt = consentAt;
  }

  /**
   * Erases what identifies the person (name, email, phone, birth date, province); gender,
   * locality, sector and the disability answers stay only as the enrolments' snapshots do.
   */
  public void erase(OffsetDateTime at) {
    this.email = null;
    this.fullName = null;
    this.phone = null;
    this.birthDate = null;
    this.provinceCode = null;
    this.erasedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getFullName() {
    return fullName;
  }

  public String getPhone() {
    return phone;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public Gender getGender() {
    return gender;
  }

  public Optional<LocalDate> getBirthDate() {
    return Optional.ofNullable(birthDate);
  }

  public Locality getLocality() {
    return locality;
  }

  public Optional<Sector> getSector() {
    return Optional.ofNullable(sector);
  }

  public WashingtonGroupAnswers getDisability() {
    return disability == null ? WashingtonGroupAnswers.notAnswered() : disability;
  }

  public OffsetDateTime getConsentAt() {
    return consentAt;
  }

  public String getConsentPolicyVersion() {
    return consentPolicyVersion;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public boolean isErased() {
    return erasedAt != null;
  }
}
