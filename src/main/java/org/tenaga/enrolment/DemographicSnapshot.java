package org.tenaga.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import org.tenaga.people.AgeRule;
import org.tenaga.people.DisabilityStatus;
import org.tenaga.people.Gender;
import org.tenaga.people.Learner;
import org.tenaga.people.Locality;
import org.tenaga.people.Sector;
import org.tenaga.scheduling.PriorityGroup;

/**
 * A learner's demographics as they were at enrolment, with the age on the cohort's start date.
 * Statistics read this, never the live profile, so a later edit does not rewrite history.
 */
@Embeddable
public class DemographicSnapshot {

  @Enumerated(EnumType.STRING)
  @Column(name = "snap_gender", nullable = false)
  private Gender gender;

  @Column(name = "snap_age")
  private Integer age;

  @Enumerated(EnumType.STRING)
  @Column(name = "snap_locality", nullable = false)
  private Locality locality;

  @Enumerated(EnumType.STRING)
  @Column(name = "snap_sector")
  private Sector sector;

  @Enumerated(EnumType.STRING)
  @Column(name = "snap_disability", nullable = false)
  private DisabilityStatus disability;

  @Column(name = "snap_province")
  private String province;

  protected DemographicSnapshot() {}

  public DemographicSnapshot(
      Gender gender, Integer age, Locality locality, Sector sector, DisabilityStatus disability, String province) {
    this.gender = gender;
    this.age = age;
    this.locality = locality;
    this.sector = sector;
    this.disability = disability;
    this.province = province;
  }

  /** The learner's profile now, with the age they will be on the cohort's start date. */
  public static DemographicSnapshot of(Learner learner, LocalDate cohortStart) {
    OptionalInt age = AgeRule.ageOn(learner.getBirthDate().orElse(null), cohortStart);
    return new DemographicSnapshot(
        learner.getGender(),
        age.isPresent() ? age.getAsInt() : null,
        learner.getLocality(),
        learner.getSector().orElse(null),
        learner.getDisability().status(),
        learner.getProvinceCode());
  }

  /** Youth: aged 15–35 inclusive on the cohort's start date; unknown age is not youth. */
  public boolean isYouth() {
    return age != null && AgeRule.isYouth(age);
  }

  /** The priority groups this snapshot belongs to, for reserved seats. */
  public Set<PriorityGroup> priorityGroups() {
    Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
    if (gender == Gender.FEMALE) {
      groups.add(PriorityGroup.WOMEN);
    }
    if (isYouth()) {
      groups.add(PriorityGroup.YOUTH);
    }
    if (locality == Locality.RURAL) {
      groups.add(PriorityGroup.RURAL);
    }
    if (disability == DisabilityStatus.YES) {
      groups.add(PriorityGroup.DISABILITY);
    }
    return groups;
  }

  public Gender getGender() {
    return gender;
  }

  public Integer getAge() {
    return age;
  }

  public Locality getLocality() {
    return locality;
  }

  public Sector getSector() {
    return sector;
  }

  public DisabilityStatus getDisability() {
    return disability;
  }

  public String getProvince() {
    return province;
  }
}
