package org.tenaga.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A course of the catalogue, as loaded from its file under {@code courses/}. */
@Entity
@Cacheable
@NamedQuery(name = "Course.findByCode", query = "SELECT c FROM Course c WHERE c.code = :code")
@NamedQuery(name = "Course.findAll", query = "SELECT c FROM Course c ORDER BY c.title")
public class Course {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(name = "description_markdown", nullable = false)
  private String descriptionMarkdown;

  @Column(name = "description_html", nullable = false)
  private String descriptionHtml;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CourseLevel level;

  @Column(nullable = false)
  private int hours;

  @Embedded private CompletionRule completion;

  @Column(name = "validity_months")
  private Integer validityMonths;

  @Column(name = "trainer_for")
  private String trainerFor;

  @Column(name = "source_file", nullable = false)
  private String sourceFile;

  @Column(name = "content_hash", nullable = false)
  private String contentHash;

  @Column(name = "loaded_at", nullable = false)
  private OffsetDateTime loadedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "course_language", joinColumns = @JoinColumn(name = "course_id"))
  @Column(name = "language")
  private Set<String> languages = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "course_delivery_mode", joinColumns = @JoinColumn(name = "course_id"))
  @Column(name = "mode")
  @Enumerated(EnumType.STRING)
  private Set<DeliveryMode> deliveryModes = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "course_skill", joinColumns = @JoinColumn(name = "course_id"))
  @Column(name = "skill_code")
  private Set<String> skills = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "course_commitment", joinColumns = @JoinColumn(name = "course_id"))
  @Column(name = "commitment_code")
  private Set<String> commitments = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "course_prerequisite", joinColumns = @JoinColumn(name = "course_id"))
  @Column(name = "prerequisite_code")
  private Set<String> prerequisites = new TreeSet<>();

  protected Course() {}

  public Course(CourseDefinition definition, String descriptionHtml, OffsetDateTime at) {
    this.code = new CourseCode(definition.code()).value();
    apply(definition, descriptionHtml, at);
  }

  /** Takes the file's current content (an upsert by code keeps the id, so cohorts keep it). */
  public void apply(CourseDefinition d, String html, OffsetDateTime at) {
    if (!d.code().equals(code)) {
      throw new IllegalArgumentException("course " + code + " cannot take the file of " + d.code());
    }
    this.title = d.title();
    this.summary = d.summary();
    this.descriptionMarkdown = d.descriptionMarkdown();
    this.descriptionHtml = html;
    this.level = d.level();
    this.hours = d.hours();
    this.completion = new CompletionRule(d.minAttendancePercent(), d.passScore());
    this.validityMonths = d.validityMonths();
    this.trainerFor = d.trainerFor();
    this.sourceFile = d.sourceFile();
    this.contentHash = d.contentHash();
    this.loadedAt = at;
    replace(languages, d.languages());
    replace(deliveryModes, d.deliveryModes());
    replace(skills, d.skills());
    replace(commitments, d.commitments());
    replace(prerequisites, d.prerequisites());
  }

  private static <T> void replace(Set<T> target, java.util.Collection<T> source) {
    target.retainAll(source);
    target.addAll(source);
  }

  public boolean isTaughtIn(String language) {
    return languages.contains(language);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getDescriptionMarkdown() {
    return descriptionMarkdown;
  }

  /** The description rendered from Markdown and sanitised: safe to write into a page as is. */
  public String getDescriptionHtml() {
    return descriptionHtml;
  }

  public CourseLevel getLevel() {
    return level;
  }

  public int getHours() {
    return hours;
  }

  public CompletionRule getCompletion() {
    return completion;
  }

  public Optional<Integer> getValidityMonths() {
    return Optional.ofNullable(validityMonths);
  }

  public Optional<String> getTrainerFor() {
    return Optional.ofNullable(trainerFor);
  }

  public String getSourceFile() {
    return sourceFile;
  }

  public String getContentHash() {
    return contentHash;
  }

  public OffsetDateTime getLoadedAt() {
    return loadedAt;
  }

  public Set<String> getLanguages() {
    return Collections.unmodifiableSet(languages);
  }

  public Set<DeliveryMode> getDeliveryModes() {
    return Collections.unmodifiableSet(deliveryModes);
  }

  public Set<String> getSkills() {
    return Collections.unmodifiableSet(skills);
  }

  public Set<String> getCommitments() {
    return Collections.unmodifiableSet(commitments);
  }

  public Set<String> getPrerequisites() {
    return Collections.unmodifiableSet(prerequisites);
  }
}
