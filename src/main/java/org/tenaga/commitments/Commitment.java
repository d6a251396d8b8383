package org.tenaga.commitments;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A workforce-skills commitment (a paragraph of the Leaders' Statement, an initiative of the
 * Roadmap) with its funders, countries, period and targets.
 */
@Entity
@Cacheable
@NamedQuery(name = "Commitment.findByCode", query = "SELECT c FROM Commitment c WHERE c.code = :code")
@NamedQuery(name = "Commitment.findAll", query = "SELECT c FROM Commitment c ORDER BY c.code")
public class Commitment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String source;

  @Column(nullable = false)
  private String description;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Embedded private InclusionTargets targets;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "commitment_funder",
      joinColumns = @JoinColumn(name = "commitment_id"),
      inverseJoinColumns = @JoinColumn(name = "organisation_id"))
  private Set<Organisation> funders = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "commitment_country", joinColumns = @JoinColumn(name = "commitment_id"))
  @Column(name = "country_code")
  private Set<String> countries = new TreeSet<>();

  protected Commitment() {}

  public Commitment(
      String code,
      String title,
      String source,
      String description,
      LocalDate periodStart,
      LocalDate periodEnd,
      InclusionTargets targets,
      Set<Organisation> funders,
      Set<String> countries) {
    if (periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException("periodEnd must not be before periodStart");
    }
    this.code = code;
    this.title = title;
    this.source = source;
    this.description = description;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.targets = targets;
    this.funders.addAll(funders);
    this.countries.addAll(countries);
  }

  /** Whether a date falls within the commitment's period, both ends included. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(periodStart) && !date.isAfter(periodEnd);
  }

  public boolean isFundedBy(Long organisationId) {
    return funders.stream().anyMatch(o -> o.getId().equals(organisationId));
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

  public String getSource() {
    return source;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public InclusionTargets getTargets() {
    return targets;
  }

  public Set<Organisation> getFunders() {
    return Collections.unmodifiableSet(funders);
  }

  public Set<String> getCountries() {
    return Collections.unmodifiableSet(countries);
  }
}
