package org.tenaga.people;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tenaga.accounts.EmailAddress;
import org.tenaga.accounts.UserAccount;
import org.tenaga.catalog.Language;
import org.tenaga.platform.Problems;

/**
 * What a coordinator says about a trainer, to create or edit one: the API's request body and the
 * edit page's form. {@link #problems} checks the fields on their own; the service adds the checks
 * that need stored data (scope, duplicates).
 */
public record TrainerDetails(
    String code, String fullName, String email, String phone, List<String> countries, List<String> languages) {

  /** Seed codes (T001), cascade codes (TR-1234) and codes people choose share this shape. */
  static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");

  private static final Pattern PHONE = Pattern.compile("(?=.{3,40}$)\\+?[0-9(][0-9 ()./-]*[0-9]");

  static final int MAX_NAME = 200;

  /**
   * Each field's problem, in form order; empty when the details are acceptable.
   *
   * @param knownCountries the country codes Tenaga holds
   */
  public Problems problems(Set<String> knownCountries) {
    Problems problems = new Problems();
    cleanCode().ifPresent(c -> {
      if (!CODE.matcher(c).matches()) {
        problems.add("code", "problem.code.format");
      } else if (c.startsWith(Trainer.GENERATED_CODE_PREFIX)) {
        problems.add("code", "problem.trainer.code.generated", Trainer.GENERATED_CODE_PREFIX);
      }
    });
    String name = cleanName();
    if (name.isEmpty()) {
      problems.add("fullName", "problem.required");
    } else if (name.length() > MAX_NAME) {
      problems.add("fullName", "problem.chars.max", MAX_NAME);
    }
    if (cleanEmail().isEmpty()) {
      problems.add("email", "problem.required");
    } else if (!EmailAddress.isValid(cleanEmail())) {
      problems.add("email", "problem.email");
    }
    cleanPhone().filter(p -> !PHONE.matcher(p).matches())
        .ifPresent(p -> problems.add("phone", "problem.phone"));
    if (countryCodes().isEmpty()) {
      problems.add("countries", "problem.trainer.countries");
    } else {
      countryCodes().stream().filter(c -> !knownCountries.contains(c)).findFirst()
          .ifPresent(c -> problems.add("countries", "problem.country.code", c));
    }
    if (languageCodes().isEmpty()) {
      problems.add("languages", "problem.trainer.languages");
    } else {
      languageCodes().stream().filter(l -> Language.byCode(l).isEmpty()).findFirst()
          .ifPresent(l -> problems.add("languages", "problem.one.of", l, languageList()));
    }
    return problems;
  }

  /** The code in capitals, or empty when none was given (Tenaga then gives one). */
  public Optional<String> cleanCode() {
    return Optional.ofNullable(code).map(String::strip).filter(c -> !c.isEmpty()).map(c -> c.toUpperCase(Locale.ROOT));
  }

  public String cleanName() {
    return fullName == null ? "" : fullName.strip();
  }

  /** Emails compare in lower case, as account emails do. */
  public String cleanEmail() {
    return email == null ? "" : UserAccount.normaliseEmail(email);
  }

  public Optional<String> cleanPhone() {
    return Optional.ofNullable(phone).map(String::strip).filter(p -> !p.isEmpty());
  }

  public Set<String> countryCodes() {
    return clean(countries, true);
  }

  public Set<String> languageCodes() {
    return clean(languages, false);
  }

  private static Set<String> clean(List<String> values, boolean upper) {
    if (values == null) {
      return Set.of();
    }
    return values.stream()
        .filter(v -> v != null && !v.isBlank())
        .map(v -> upper ? v.strip().toUpperCase(Locale.ROOT) : v.strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String languageList() {
    return Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "));
  }
}
