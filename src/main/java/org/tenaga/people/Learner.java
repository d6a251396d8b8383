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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

  /** A learner registering now with a checked profile. */
  public Learner(String email, LearnerProfile profile, OffsetDateTime consentAt, String consentPolicyVersion) {
    this(email, profile.fullName(), profile.country(), profile.provinceCode(), profile.gender(), profile.birthDate(),
        profile.locality(), profile.sector(), profile.disability(), consentAt, consentPolicyVersion);
  }

  /**
   * The learner edits their profile. Enrolments keep the snapshot taken when they were made, so
   * statistics about past cohorts do not move.
   *
   * @return the names of the fields that changed (never their values: they are personal data)
   */
  public List<String> revise(LearnerProfile p) {
    if (isErased()) {
      throw new IllegalStateException("an erased learner has no profile to edit");
    }
    List<String> changed = new ArrayList<>();
    noteChange(changed, "fullName", fullName, p.fullName());
    noteChange(changed, "country", countryCode, p.country().value());
    noteChange(changed, "province", provinceCode, p.provinceCode());
    noteChange(changed, "gender", gender, p.gender());
    noteChange(changed, "birthDate", birthDate, p.birthDate());
    noteChange(changed, "locality", locality, p.locality());
    noteChange(changed, "sector", sector, p.sector());
    noteChange(changed, "disability", getDisability(), p.disability());
    this.fullName = p.fullName();
    this.countryCode = p.country().value();
    this.provinceCode = p.provinceCode();
    this.gender = p.gender();
    this.birthDate = p.birthDate();
    this.locality = p.locality();
    this.sector = p.sector();
    this.disability = p.disability();
    return changed;
  }

  /** The learner's new email (already checked to be theirs alone). */
  public void changeEmail(String newEmail) {
    if (isErased()) {
      throw new IllegalStateException("an erased learner has no email");
    }
    this.email = newEmail;
  }

  private static void noteChange(List<String> changed, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changed.add(field);
    }
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
