package org.tenaga.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.tenaga.audit.AuditLog;
import org.tenaga.people.AgeRule;
import org.tenaga.people.Country;
import org.tenaga.people.CountryCode;
import org.tenaga.people.Difficulty;
import org.tenaga.people.Gender;
import org.tenaga.people.Learner;
import org.tenaga.people.Locality;
import org.tenaga.people.Province;
import org.tenaga.people.Sector;
import org.tenaga.people.WashingtonGroupAnswers;
import org.tenaga.platform.api.ApiException;

/**
 * Learners registering themselves: profile, demographics (each may be "prefer not to say"),
 * explicit consent recorded with its time and policy version, and a LEARNER account.
 */
@ApplicationScoped
public class Registration {

  /** The youngest age Tenaga's programmes enrol. */
  public static final int MINIMUM_AGE = 15;

  @PersistenceContext private EntityManager em;
  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * @throws ApiException 400 naming each bad field; 409 {@code email_taken} (saying nothing more)
   */
  @Transactional
  public Learner register(NewLearner r) {
    if (r == null) {
      throw ApiException.invalid("body", "is required");
    }
    Map<String, String> problems = new LinkedHashMap<>();
    String email = UserAccount.normaliseEmail(r.email());
    if (!EmailAddress.isValid(email)) {
      problems.put("email", "must be an email address like name@example.org");
    }
    PasswordPolicy.problem(r.password(), email).ifPresent(p -> problems.put("password", p));
    String fullName = r.fullName() == null ? "" : r.fullName().strip();
    if (fullName.isEmpty()) {
      problems.put("fullName", "is required");
    } else if (fullName.length() > 200) {
      problems.put("fullName", "must be at most 200 characters");
    }
    Country country = r.country() == null ? null : em.find(Country.class, r.country().strip().toUpperCase(Locale.ROOT));
    if (country == null) {
      problems.put("country", r.country() == null ? "is required" : "is not a country Tenaga serves");
    }
    String province = blankToNull(r.province());
    if (province != null) {
      Province p = em.find(Province.class, province);
      if (p == null || (country != null && !p.getCountryCode().equals(country.getCode()))) {
        problems.put("province", "is not a province of " + (country == null ? "that country" : country.getName()));
      }
    }
    Gender gender = enumOf("gender", r.gender(), Gender.class, Gender.NOT_STATED, problems);
    Locality locality = enumOf("locality", r.locality(), Locality.class, Locality.NOT_STATED, problems);
    Sector sector = enumOf("sector", r.sector(), Sector.class, null, problems);
    LocalDate birthDate = null;
    if (blankToNull(r.birthDate()) != null) {
      try {
        birthDate = LocalDate.parse(r.birthDate().strip());
        LocalDate today = LocalDate.now(clock);
        if (birthDate.isAfter(today) || birthDate.getYear() < 1900) {
          problems.put("birthDate", "must be a real date of birth");
        } else if (AgeRule.ageOn(birthDate, today).getAsInt() < MINIMUM_AGE) {
          problems.put("birthDate", "learners must be at least " + MINIMUM_AGE + " years old");
        }
      } catch (DateTimeParseException e) {
        problems.put("birthDate", "must be a date like 1998-04-12");
      }
    }
    NewLearner.Disability d = r.disability();
    WashingtonGroupAnswers answers = d == null ? WashingtonGroupAnswers.notAnswered() : new WashingtonGroupAnswers(
        enumOf("disability.seeing", d.seeing(), Difficulty.class, null, problems),
        enumOf("disability.hearing", d.hearing(), Difficulty.class, null, problems),
        enumOf("disability.walking", d.walking(), Difficulty.class, null, problems),
        enumOf("disability.cognition", d.cognition(), Difficulty.class, null, problems),
        enumOf("disability.selfCare", d.selfCare(), Difficulty.class, null, problems),
        enumOf("disability.communication", d.communication(), Difficulty.class, null, problems));
    if (!Boolean.TRUE.equals(r.consent())) {
      problems.put("consent", "Tenaga needs your consent to process your personal data (consent: true)");
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    if (accounts.findByEmail(email).isPresent()
        || em.createNamedQuery("Learner.findByEmail", Learner.class).setParameter("email", email).getResultStream().findAny().isPresent()) {
      throw new ApiException(409, "email_taken", "This email cannot be used to register.");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Learner learner = new Learner(email, fullName, CountryCode.of(country.getCode()), province, gender, birthDate, locality, sector,
        answers, now, Learner.CURRENT_POLICY_VERSION);
    em.persist(learner);
    UserAccount account = new UserAccount(email, hasher.hash(r.password()), fullName, EnumSet.of(Role.LEARNER), now);
    account.linkLearner(learner);
    accounts.store(account);
    audit.record("learner.register", "Learner", learner.getId(), "Registered, consenting to policy " + Learner.CURRENT_POLICY_VERSION);
    return learner;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static <E extends Enum<E>> E enumOf(String field, String value, Class<E> type, E absent, Map<String, String> problems) {
    String v = blankToNull(value);
    if (v == null) {
      return absent;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      problems.put(field, "'" + v + "' is not one of " + EnumSet.allOf(type));
      return absent;
    }
  }
}
