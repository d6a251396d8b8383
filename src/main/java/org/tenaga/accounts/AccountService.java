package org.tenaga.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tenaga.audit.AuditLog;
import org.tenaga.commitments.CommitmentRepository;
import org.tenaga.commitments.Organisation;
import org.tenaga.commitments.OrganisationType;
import org.tenaga.people.Country;
import org.tenaga.people.Trainer;
import org.tenaga.platform.InterfaceLanguage;
import org.tenaga.platform.api.ApiException;

/** Creating accounts: by an admin, and the first admin of a new installation. */
@ApplicationScoped
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject AccountRepository accounts;
  @Inject CommitmentRepository organisations;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "tenaga.admin.email")
  Optional<String> adminEmail;

  @Inject
  @ConfigProperty(name = "tenaga.admin.password")
  Optional<String> adminPassword;

  /**
   * Creates an account after checking every field; refused as a whole with each problem named.
   *
   * @throws ApiException 400 with fields, or 409 {@code email_taken}
   */
  @Transactional
  public UserAccount create(NewAccount request) {
    Map<String, String> problems = new LinkedHashMap<>();
    String email = UserAccount.normaliseEmail(request.email());
    if (!EmailAddress.isValid(email)) {
      problems.put("email", "must be an email address like name@example.org");
    }
    PasswordPolicy.problem(request.password(), email).ifPresent(p -> problems.put("password", p));
    String fullName = request.fullName() == null ? "" : request.fullName().strip();
    if (fullName.isEmpty()) {
      problems.put("fullName", "is required");
    } else if (fullName.length() > 200) {
      problems.put("fullName", "must be at most 200 characters");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (request.roles() == null || request.roles().isEmpty()) {
      problems.put("roles", "must name at least one of " + EnumSet.allOf(Role.class));
    } else {
      for (String r : request.roles()) {
        try {
          roles.add(Role.valueOf(String.valueOf(r)));
        } catch (IllegalArgumentException e) {
          problems.put("roles", "'" + r + "' is not one of " + EnumSet.allOf(Role.class));
        }
      }
    }
    if (roles.contains(Role.LEARNER)) {
      problems.put("roles", "learners register themselves (POST /api/v1/learners) so that they give their own consent");
    }
    Set<String> countries = new TreeSet<>();
    for (String c : request.countries() == null ? java.util.List.<String>of() : request.countries()) {
      if (c == null || em.find(Country.class, c) == null) {
        problems.put("countries", "'" + c + "' is not a country code Tenaga knows");
      } else {
        countries.add(c);
      }
    }
    if (roles.contains(Role.COORDINATOR) && countries.isEmpty()) {
      problems.put("countries", "a coordinator needs at least one country to act in");
    }
    Organisation organisation = null;
    if (request.organisation() != null && !request.organisation().isBlank()) {
      organisation = organisations.findOrganisation(request.organisation()).orElse(null);
      if (organisation == null) {
        problems.put("organisation", "'" + request.organisation() + "' is not an organisation Tenaga knows");
      }
    }
    if (roles.contains(Role.DONOR) && (organisation == null || organisation.getType() != OrganisationType.DONOR)) {
      problems.putIfAbsent("organisation", "a donor account belongs to a donor organisation");
    }
    Trainer trainer = null;
    if (roles.contains(Role.TRAINER) && email != null) {
      trainer =
          em.createNamedQuery("Trainer.findAll", Trainer.class).getResultStream()
              .filter(t -> t.getEmail().equalsIgnoreCase(email))
              .findFirst()
              .orElse(null);
      if (trainer == null) {
        problems.put("roles", "a TRAINER account needs a trainer with the same email; add the trainer first");
      }
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    if (accounts.findByEmail(email).isPresent()) {
      throw new ApiException(409, "email_taken", "An account with this email already exists.");
    }
    UserAccount account = new UserAccount(email, hasher.hash(request.password()), fullName, roles, OffsetDateTime.now(clock));
    account.scopeToCountries(countries);
    if (organisation != null) {
      account.belongTo(organisation);
    }
    if (trainer != null) {
      account.linkTrainer(trainer);
    }
    accounts.store(account);
    audit.record("account.create", "UserAccount", email, "Created account " + email + " with roles " + roles);
    return account;
  }

  /**
   * A production start ({@code TENAGA_SEED=none}) gets in through {@code TENAGA_ADMIN_EMAIL} and
   * {@code TENAGA_ADMIN_PASSWORD}: they create the first admin of a database that has none.
   */
  @Transactional
  public void createFirstAdminIfConfigured() {
    if (adminEmail.isEmpty() || adminEmail.get().isBlank() || accounts.countAdmins() > 0) {
      return;
    }
    String email = UserAccount.normaliseEmail(adminEmail.get());
    String password = adminPassword.orElse("");
    if (!EmailAddress.isValid(email)) {
      throw new IllegalStateException("TENAGA_ADMIN_EMAIL is not an email address");
    }
    PasswordPolicy.problem(password, email)
        .ifPresent(p -> {
          throw new IllegalStateException("TENAGA_ADMIN_PASSWORD " + p);
        });
    if (accounts.findByEmail(email).isPresent()) {
      throw new IllegalStateException("TENAGA_ADMIN_EMAIL names an existing account that is not an admin");
    }
    accounts.store(new UserAccount(email, hasher.hash(password), "Administrator", EnumSet.of(Role.ADMIN), OffsetDateTime.now(clock)));
    audit.record("account.create", "UserAccount", email, "Created the first admin from TENAGA_ADMIN_EMAIL");
    LOG.info("Created the first admin account " + email);
  }

  /**
   * Remembers the interface language an account's user chose in the header. Not audited: it
   * changes how pages are shown to that user, no record anyone else relies on.
   */
  @Transactional
  public void preferLanguage(Long accountId, InterfaceLanguage language) {
    UserAccount account = em.find(UserAccount.class, accountId);
    if (account != null) {
      account.preferLanguage(language);
    }
  }
}
