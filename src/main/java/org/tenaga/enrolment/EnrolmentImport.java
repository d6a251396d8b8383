package org.tenaga.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tenaga.accounts.EmailAddress;
import org.tenaga.accounts.UserAccount;
import org.tenaga.audit.AuditLog;
import org.tenaga.people.AgeRule;
import org.tenaga.people.CountryCode;
import org.tenaga.people.Gender;
import org.tenaga.people.Learner;
import org.tenaga.people.Locality;
import org.tenaga.people.Province;
import org.tenaga.people.Sector;
import org.tenaga.people.WashingtonGroupAnswers;
import org.tenaga.platform.api.ApiException;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortAccess;

/**
 * Bulk enrolment from a CSV: {@code email} of a registered learner, or a new learner with
 * {@code fullName,country,province,gender,birthDate,locality,sector,consent}. Every row is checked
 * first; only a confirmed import writes, all valid rows in one transaction or none.
 */
@ApplicationScoped
public class EnrolmentImport {

  /** Rows one file may hold. */
  public static final int MAX_ROWS = 5000;

  static final List<String> COLUMNS = List.of("email", "fullName", "country", "province", "gender", "birthDate", "locality", "sector", "consent");

  @PersistenceContext private EntityManager em;
  @Inject EnrolmentService enrolments;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** A checked row: an existing learner, or the profile of a new one. */
  private record Row(int number, Learner existing, Learner created) {
    Learner learner() {
      return existing != null ? existing : created;
    }
  }

  @Transactional
  public ImportReport run(Long cohortId, String csv, boolean confirm, UserAccount caller) {
    Cohort cohort = enrolments.lock(cohortId);
    CohortAccess.requireCoordinator(cohort, caller);
    if (cohort.getStatus() != org.tenaga.scheduling.CohortStatus.OPEN) {
      throw new ApiException(422, "not_open", "Cohort " + cohort.getCode() + " is " + cohort.getStatus() + "; learners are enrolled while it is open.");
    }
    List<ImportReport.RowProblem> problems = new ArrayList<>();
    List<Row> rows = check(cohort, csv, problems);
    if (!confirm) {
      return new ImportReport(problems.isEmpty(), rows.size(), null, problems);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    int imported = 0;
    for (Row row : rows) {
      if (row.created() != null) {
        em.persist(row.created());
      }
      try {
        enrolments.request(cohort, row.learner(), now);
        imported++;
      } catch (EnrolmentRefused refused) {
        // The rules refused a row that looked valid (e.g. an overlapping place): nothing is imported.
        throw new ApiException(409, refused.code(), "Row " + row.number() + " (" + row.learner().getEmail() + "): " + refused.getMessage() + " Nothing was imported.");
      }
    }
    audit.record("roster.import", "Cohort", cohort.getId(), "Imported " + imported + " enrolments into " + cohort.getCode() + " from CSV; " + problems.size() + " problems skipped");
    return new ImportReport(problems.isEmpty(), rows.size(), imported, problems);
  }

  private List<Row> check(Cohort cohort, String csv, List<ImportReport.RowProblem> problems) {
    if (csv == null || csv.isBlank()) {
      throw ApiException.invalid("body", "the CSV is empty");
    }
    List<CSVRecord> records;
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get()
        .parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
      if (!parser.getHeaderNames().contains("email")) {
        throw ApiException.invalid("header", "the first line must name the columns, with at least 'email' (also: " + String.join(", ", COLUMNS) + ")");
      }
      for (String h : parser.getHeaderNames()) {
        if (!COLUMNS.contains(h)) {
          throw ApiException.invalid("header", "unknown column '" + h + "' (known: " + String.join(", ", COLUMNS) + ")");
        }
      }
      records = parser.getRecords();
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw ApiException.invalid("body", "is not a CSV file: " + e.getMessage());
    }
    if (records.size() > MAX_ROWS) {
      throw ApiException.invalid("body", "at most " + MAX_ROWS + " rows per file");
    }
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int number = 0;
    for (CSVRecord r : records) {
      number++;
      int before = problems.size();
      String email = value(r, "email");
      if (email == null || !EmailAddress.isValid(email)) {
        problems.add(new ImportReport.RowProblem(number, "email", email == null ? "is required" : "is not an email address"));
        continue;
      }
      email = UserAccount.normaliseEmail(email);
      if (!seen.add(email)) {
        problems.add(new ImportReport.RowProblem(number, "email", "appears earlier in the file"));
        continue;
      }
      Optional<Learner> existing = em.createNamedQuery("Learner.findByEmail", Learner.class).setParameter("email", email).getResultStream().findFirst();
      if (existing.isPresent()) {
        if (enrolments.find(cohort, existing.get()).isPresent()) {
          problems.add(new ImportReport.RowProblem(number, "email", "already has a place in " + cohort.getCode()));
          continue;
        }
        rows.add(new Row(number, existing.get(), null));
        continue;
      }
      Learner created = newLearner(number, email, r, problems);
      if (problems.size() == before && created != null) {
        rows.add(new Row(number, null, created));
      }
    }
    return rows;
  }

  private Learner newLearner(int number, String email, CSVRecord r, List<ImportReport.RowProblem> problems) {
    String fullName = value(r, "fullName");
    if (fullName == null) {
      problems.add(new ImportReport.RowProblem(number, "fullName", "is required for a learner not yet registered"));
    } else if (fullName.length() > 200) {
      problems.add(new ImportReport.RowProblem(number, "fullName", "must be at most 200 characters"));
    }
    String countryCode = value(r, "country");
    CountryCode country = null;
    if (countryCode == null || em.find(org.tenaga.people.Country.class, countryCode.toUpperCase(Locale.ROOT)) == null) {
      problems.add(new ImportReport.RowProblem(number, "country", countryCode == null ? "is required for a new learner" : "is not a country Tenaga knows"));
    } else {
      country = CountryCode.of(countryCode);
    }
    String provinceCode = value(r, "province");
    if (provinceCode != null) {
      Province p = em.find(Province.class, provinceCode);
      if (p == null || (country != null && !p.getCountryCode().equals(country.value()))) {
        problems.add(new ImportReport.RowProblem(number, "province", "is not a province of " + countryCode));
      }
    }
    Gender gender = enumOf(number, r, "gender", Gender.class, Gender.NOT_STATED, problems);
    Locality locality = enumOf(number, r, "locality", Locality.class, Locality.NOT_STATED, problems);
    Sector sector = enumOf(number, r, "sector", Sector.class, null, problems);
    LocalDate birthDate = null;
    String birth = value(r, "birthDate");
    if (birth != null) {
      try {
        birthDate = LocalDate.parse(birth);
        LocalDate today = LocalDate.now(clock);
        if (birthDate.isAfter(today) || AgeRule.ageOn(birthDate, today).getAsInt() < 15 || birthDate.getYear() < 1900) {
          problems.add(new ImportReport.RowProblem(number, "birthDate", "learners are at least 15 years old"));
        }
      } catch (DateTimeParseException e) {
        problems.add(new ImportReport.RowProblem(number, "birthDate", "must be a date like 1998-04-12"));
      }
    }
    String consent = value(r, "consent");
    if (consent == null || !(consent.equalsIgnoreCase("yes") || consent.equalsIgnoreCase("true"))) {
      problems.add(new ImportReport.RowProblem(number, "consent", "a new learner's consent to data processing must be recorded as yes"));
    }
    if (country == null || fullName == null) {
      return null;
    }
    return new Learner(email, fullName, country, provinceCode, gender, birthDate, locality, sector,
        WashingtonGroupAnswers.notAnswered(), OffsetDateTime.now(clock), Learner.CURRENT_POLICY_VERSION);
  }

  private static <E extends Enum<E>> E enumOf(int number, CSVRecord r, String column, Class<E> type, E absent, List<ImportReport.RowProblem> problems) {
    String v = value(r, column);
    if (v == null) {
      return absent;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
    } catch (IllegalArgumentException e) {
      problems.add(new ImportReport.RowProblem(number, column, "'" + v + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants())));
      return absent;
    }
  }

  private static String value(CSVRecord r, String column) {
    if (!r.isMapped(column) || !r.isSet(column)) {
      return null;
    }
    String v = r.get(column);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
