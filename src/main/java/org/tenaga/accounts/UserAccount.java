package org.tenaga.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tenaga.commitments.Organisation;
import org.tenaga.people.Learner;
import org.tenaga.people.Trainer;
import org.tenaga.platform.InterfaceLanguage;

/** Someone who can log in, with roles and, for coordinators, the countries they act in. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.findByEmail", query = "SELECT a FROM UserAccount a WHERE a.email = :email")
@NamedQuery(name = "UserAccount.countAdmins", query = "SELECT COUNT(a) FROM UserAccount a JOIN a.roles r WHERE r = org.tenaga.accounts.Role.ADMIN")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
  private Long id;

  @Column(nullable = false, unique = true)
  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @ManyToOne
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "learner_id")
  private Learner learner;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "trainer_id")
  private Trainer trainer;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "last_login_at")
  private OffsetDateTime lastLoginAt;

  /** The interface language chosen in the header, by code; null until the user chooses one. */
  @Column(name = "preferred_language")
  private String preferredLanguage;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_country", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "country_code")
  private Set<String> countries = new TreeSet<>();

  protected UserAccount() {}

  public UserAccount(
      String email, String passwordHash, String fullName, Set<Role> roles, OffsetDateTime createdAt) {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("an account needs at least one role");
    }
    this.email = normaliseEmail(email);
    this.passwordHash = passwordHash;
    this.fullName = fullName;
    this.roles.addAll(roles);
    this.createdAt = createdAt;
  }

  public static String normaliseEmail(String email) {
    return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
  }

  public void scopeToCountries(Set<String> countryCodes) {
    countries.clear();
    countries.addAll(countryCodes);
  }

  public void belongTo(Organisation org) {
    this.organisation = org;
  }

  public void linkLearner(Learner l) {
    this.learner = l;
  }

  public void linkTrainer(Trainer t) {
    this.trainer = t;
  }

  /** A new login email, already checked to be free. */
  public void changeEmail(String newEmail) {
    this.email = normaliseEmail(newEmail);
  }

  /** The name shown for the account, kept with the learner's own. */
  public void rename(String newFullName) {
    this.fullName = newFullName;
  }

  /** Remembers the language the user chose for Tenaga's pages, for their next sessions. */
  public void preferLanguage(InterfaceLanguage language) {
    this.preferredLanguage = language.code();
  }

  public void loggedIn(OffsetDateTime at) {
    this.lastLoginAt = at;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether a coordinator may act in a country (admins act everywhere). */
  public boolean actsIn(String countryCode) {
    return roles.contains(Role.ADMIN) || countries.contains(countryCode);
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getFullName() {
    return fullName;
  }

  public Optional<Organisation> getOrganisation() {
    return Optional.ofNullable(organisation);
  }

  public Optional<Learner> getLearner() {
    return Optional.ofNullable(learner);
  }

  public Optional<Trainer> getTrainer() {
    return Optional.ofNullable(trainer);
  }

  /** The chosen interface language; empty when never chosen (or no longer offered). */
  public Optional<InterfaceLanguage> getPreferredLanguage() {
    return InterfaceLanguage.byCode(preferredLanguage);
  }

  public boolean isActive() {
    return active;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }

  public Set<String> getCountries() {
    return Collections.unmodifiableSet(countries);
  }
}
