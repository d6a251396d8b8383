package org.tenaga.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import org.tenaga.people.AgeRule;
import org.tenaga.people.Country;
import org.tenaga.people.CountryCode;
import org.tenaga.people.Difficulty;
import org.tenaga.people.Gender;
import org.tenaga.people.Learner;
import org.tenaga.people.LearnerProfile;
import org.tenaga.people.Locality;
import org.tenaga.people.Province;
import org.tenaga.people.Sector;
import org.tenaga.people.WashingtonGroupAnswers;

/**
 * The one place that checks what a learner says about themselves — at registration, on the
 * profile page and API, and for new learners of a coordinator's CSV import: each problem is put
 * under its field's name, so callers refuse the whole request with every field named.
 */
@ApplicationScoped
public class LearnerProfileCheck {

  /** The youngest age Tenaga's programmes enrol. */
  public static final int MINIMUM_AGE = 15;

  @PersistenceContext private EntityManager em;
  @Inject AccountRepository accounts;
  @Inject Clock clock;

  /** The normalised email, or a problem under {@code email}. */
  public String email(String raw, Map<String, String> problems) {
    String email = UserAccount.normaliseEmail(raw);
    if (!EmailAddress.isValid(email)) {
      problems.put("email", "must be an email address like name@example.org");
    }
    return email;
  }

  /**
   * Whether an account or a learner other than {@code self} (null when registering) already uses
   * the email. Callers answer 409 {@code email_taken} without saying whose it is.
   */
  public boolean isTaken(String email, UserAccount self) {
    Long selfAccount = self == null ? null : self.getId();
    Long selfLearner = self == null ? null : self.getLearner().map(Learner::getId).orElse(null);
    return accounts.findByEmail(email).filter(a -> !a.getId().equals(selfAccount)).isPresent()
        || em.createNamedQuery("Learner.findByEmail", Learner.class).setParameter("email", email).getResultStream()
            .anyMatch(l -> !l.getId().equals(selfLearner));
  }

  /** The checked profile, or null with every problem named (field names as in the API). */
  public LearnerProfile profile(ProfileAnswers a, Map<String, String> problems) {
    int before = problems.size();
    String fullName = a.fullName() == null ? "" : a.fullName().strip();
    if (fullName.isEmpty()) {
      problems.put("fullName", "is required");
    } else if (fullName.length() > 200) {
      problems.put("fullName", "must be at most 200 characters");
    }
    Country country = blankToNull(a.country()) == null ? null : em.find(Country.class, a.country().strip().toUpperCase(Locale.ROOT));
    if (country == null) {
      problems.put("country", blankToNull(a.country()) == null ? "is required" : "is not a country Tenaga serves");
    }
    String province = blankToNull(a.province());
    if (province != null) {
      Province p = em.find(Province.class, province);
      if (p == null || (country != null && !p.getCountryCode().equals(country.getCode()))) {
        problems.put("province", "is not a province of " + (country == null ? "that country" : country.getName()));
      }
    }
    Gender gender = enumOf("gender", a.gender(), Gender.class, Gender.NOT_STATED, problems);
    Locality locality = enumOf("locality", a.locality(), Locality.class, Locality.NOT_STATED, problems);
    Sector sector = enumOf("sector", a.sector(), Sector.class, null, problems);
    LocalDate birthDate = birthDate(a.birthDate(), problems);
    NewLearner.Disability d = a.disability();
    WashingtonGroupAnswers answers = d == null ? WashingtonGroupAnswers.notAnswered() : new WashingtonGroupAnswers(
        enumOf("disability.seeing", d.seeing(), Difficulty.class, null, problems),
        enumOf("disability.hearing", d.hearing(), Difficulty.class, null, problems),
        enumOf("disability.walking", d.walking(), Difficulty.class, null, problems),
        enumOf("disability.cognition", d.cognition(), Difficulty.class, null, problems),
        enumOf("disability.selfCare", d.selfCare(), Difficulty.class, null, problems),
        enumOf("disability.communication", d.communication(), Difficulty.class, null, problems));
    if (problems.size() > before) {
      return null;
    }
    return new LearnerProfile(fullName, CountryCode.of(country.getCode()), province, gender, birthDate, locality, sector, answers);
  }

  /** Optional; when given, a real date on which the learner is at least {@value #MINIMUM_AGE} today. */
  private LocalDate birthDate(String raw, Map<String, String> problems) {
    if (blankToNull(raw) == null) {
      return null;
    }
    try {
      LocalDate birthDate = LocalDate.parse(raw.strip());
      LocalDate today = LocalDate.now(clock);
      if (birthDate.isAfter(today) || birthDate.getYear() < 1900) {
        problems.put("birthDate", "must be a real date of birth");
      } else if (AgeRule.ageOn(birthDate, today).getAsInt() < MINIMUM_AGE) {
        problems.put("birthDate", "learners must be at least " + MINIMUM_AGE + " years old");
      }
      return birthDate;
    } catch (DateTimeParseException e) {
      problems.put("birthDate", "must be a date like 1998-04-12");
      return null;
    }
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
