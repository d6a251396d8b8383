package org.tenaga.people;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A person qualified to train some courses, in some countries and languages. */
@Entity
@NamedQuery(name = "Trainer.findByCode", query = "SELECT t FROM Trainer t WHERE t.code = :code")
@NamedQuery(name = "Trainer.findAll", query = "SELECT t FROM Trainer t ORDER BY t.fullName")
public class Trainer {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(nullable = false, unique = true)
  private String email;

  private String phone;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "trainer_country", joinColumns = @JoinColumn(name = "trainer_id"))
  @Column(name = "country_code")
  private Set<String> countries = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "trainer_language", joinColumns = @JoinColumn(name = "trainer_id"))
  @Column(name = "language")
  private Set<String> languages = new TreeSet<>();

  @OneToMany(
      mappedBy = "trainer",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("courseCode")
  private List<TrainerQualification> qualifications = new ArrayList<>();

  protected Trainer() {}

  public Trainer(
      String code,
      String fullName,
      String email,
      String phone,
      Set<CountryCode> countries,
      Set<String> languages,
      OffsetDateTime createdAt) {
    this.code = code;
    this.fullName = fullName;
    this.email = email;
    this.phone = phone;
    countries.forEach(c -> this.countries.add(c.value()));
    this.languages.addAll(languages);
    this.createdAt = createdAt;
  }

  /**
   * Qualifies this trainer for a course. Idempotent: an existing qualification is kept as it was
   * earned first.
   */
  public TrainerQualification qualify(
      String courseCode,
      QualificationSource source,
      Long certificateId,
      String grantedBy,
      OffsetDateTime at) {
    Optional<TrainerQualification> existing = qualificationFor(courseCode);
    if (existing.isPresent()) {
      return existing.get();
    }
    TrainerQualification q =
        new TrainerQualification(this, courseCode, source, certificateId, grantedBy, at);
    qualifications.add(q);
    return q;
  }

  public Optional<TrainerQualification> qualificationFor(String courseCode) {
    return qualifications.stream().filter(q -> q.getCourseCode().equals(courseCode)).findFirst();
  }

  public boolean isQualifiedFor(String courseCode) {
    return qualificationFor(courseCode).isPresent();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getFullName() {
    return fullName;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public boolean isActive() {
    return active;
  }

  public Set<String> getCountries() {
    return Collections.unmodifiableSet(countries);
  }

  public Set<String> getLanguages() {
    return Collections.unmodifiableSet(languages);
  }

  public List<TrainerQualification> getQualifications() {
    return Collections.unmodifiableList(qualifications);
  }
}
