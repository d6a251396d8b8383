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
import org.tenaga.platform.Problem;
import org.tenaga.platform.Problems;

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
  public String email(String raw, Problems problems) {
    String email = UserAccount.normaliseEmail(raw);
    if (!EmailAddress.isValid(email)) {
      problems.add("email", "problem.email");
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
  public LearnerProfile profile(ProfileAnswers a, Problems problems) {
    int before = problems.size();
    String fullName = a.fullName() == null ? "" : a.fullName().strip();
    if (fullName.isEmpty()) {
      problems.add("fullName", "problem.required");
    } else if (fullName.length() > 200) {
      problems.add("fullName", "problem.chars.max", 200);
    }
    Country country = blankToNull(a.country()) == null ? null : em.find(Country.class, a.country().strip().toUpperCase(Locale.ROOT));
    if (country == null) {
      problems.add("country", blankToNull(a.country()) == null ? "problem.required" : "problem.country.served");
    }
    String province = blankToNull(a.province());
    if (province != null) {
      Province p = em.find(Province.class, province);
      if (p == null || (country != null && !p.getCountryCode().equals(country.getCode()))) {
        problems.add("province", country == null ? Problem.of("problem.province.country") : Problem.of("problem.province.of", country.getName()));
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
  private LocalDate birthDate(String raw, Problems problems) {
    if (blankToNull(raw) == null) {
      return null;
    }
    try {
      LocalDate birthDate = LocalDate.parse(raw.strip());
      LocalDate today = LocalDate.now(clock);
      if (birthDate.isAfter(today) || birthDate.getYear() < 1900) {
        problems.add("birthDate", "problem.birth.real");
      } else if (AgeRule.ageOn(birthDate, today).getAsInt() < MINIMUM_AGE) {
        problems.add("birthDate", "problem.birth.age", MINIMUM_AGE);
      }
      return birthDate;
    } catch (DateTimeParseException e) {
      problems.add("birthDate", "problem.date.like", "1998-04-12");
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static <E extends Enum<E>> E enumOf(String field, String value, Class<E> type, E absent, Problems problems) {
    String v = blankToNull(value);
    if (v == null) {
      return absent;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      problems.add(field, "problem.one.of", v, EnumSet.allOf(type).toString());
      return absent;
    }
  }
}
