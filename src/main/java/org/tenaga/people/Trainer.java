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
import java.util.function.Predicate;

/** A person qualified to train some courses, in some countries and languages. */
@Entity
@NamedQuery(name = "Trainer.findByCode", query = "SELECT t FROM Trainer t WHERE t.code = :code")
@NamedQuery(name = "Trainer.findByEmail", query = "SELECT t FROM Trainer t WHERE t.email = :email")
@NamedQuery(name = "Trainer.findAll", query = "SELECT t FROM Trainer t ORDER BY t.fullName")
public class Trainer {

  /**
   * Codes Tenaga gives trainers who came without one: the prefix and the trainer's id, unique
   * because every id comes from one sequence (the cascade uses the same form).
   */
  public static final String GENERATED_CODE_PREFIX = "TR-";

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
   * A trainer without a code yet: it gets {@link #assignGeneratedCode()} once persisting has
   * given it an id.
   */
  public static Trainer withoutCode(
      String fullName, String email, String phone, Set<CountryCode> countries, Set<String> languages, OffsetDateTime createdAt) {
    Trainer t = new Trainer(null, fullName, email, phone, countries, languages, createdAt);
    t.requireWhoAndWhere();
    return t;
  }

  /** Gives a trainer created without a code the code {@code TR-<id>}; call it after persist. */
  public void assignGeneratedCode() {
    if (code != null) {
      return;
    }
    if (id == null) {
      throw new IllegalStateException("a generated code needs the id that persisting assigns");
    }
    code = GENERATED_CODE_PREFIX + id;
  }

  /** Replaces who the trainer is and where and in which languages they work. */
  public void update(String fullName, String email, String phone, Set<CountryCode> countries, Set<String> languages) {
    this.fullName = fullName;
    this.email = email;
    this.phone = phone;
    this.countries.clear();
    countries.forEach(c -> this.countries.add(c.value()));
    this.languages.clear();
    this.languages.addAll(languages);
    requireWhoAndWhere();
  }

  // A trainer is always someone reachable, working somewhere, in some language.
  private void requireWhoAndWhere() {
    if (fullName == null || fullName.isBlank() || email == null || email.isBlank()) {
      throw new IllegalArgumentException("a trainer needs a name and an email");
    }
    if (countries.isEmpty() || languages.isEmpty()) {
      throw new IllegalArgumentException("a trainer works in at least one country and one language");
    }
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

  /**
   * Withdraws a qualification a coordinator gave. One earned by certificate stays: it is the
   * record of the train-the-trainer cascade, and only the certificate stands behind it.
   *
   * @return the removed qualification, or empty when the trainer did not hold one for the course
   * @throws IllegalStateException when the qualification was earned by certificate
   */
  public Optional<TrainerQualification> unqualify(String courseCode) {
    Optional<TrainerQualification> existing = qualificationFor(courseCode);
    existing.ifPresent(
        q -> {
          if (!q.isRemovableByCoordinator()) {
            throw new IllegalStateException(
                fullName + "'s qualification for " + courseCode + " was earned by certificate and cannot be withdrawn");
          }
          qualifications.remove(q);
        });
    return existing;
  }

  /** The certificate behind a qualification was revoked: the qualification goes with it. */
  public Optional<TrainerQualification> withdrawQualificationEarnedBy(Long certificateId) {
    Optional<TrainerQualification> earned =
        qualifications.stream()
            .filter(q -> q.getSource() == QualificationSource.CERTIFICATE && certificateId.equals(q.getCertificateId()))
            .findFirst();
    earned.ifPresent(qualifications::remove);
    return earned;
  }

  /** Whether any of the trainer's countries satisfies the test (a coordinator's scope). */
  public boolean worksInAnyOf(Predicate<String> countries) {
    return this.countries.stream().anyMatch(countries);
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

  /** In code order: the collection JPA loads keeps no order, and pages and the API show a stable one. */
  public Set<String> getCountries() {
    return Collections.unmodifiableSet(new TreeSet<>(countries));
  }

  /** In code order, like the countries. */
  public Set<String> getLanguages() {
    return Collections.unmodifiableSet(new TreeSet<>(languages));
  }

  public List<TrainerQualification> getQualifications() {
    return Collections.unmodifiableList(qualifications);
  }
}
