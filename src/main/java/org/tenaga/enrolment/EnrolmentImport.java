package org.tenaga.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tenaga.accounts.EmailAddress;
import org.tenaga.accounts.LearnerProfileCheck;
import org.tenaga.accounts.ProfileAnswers;
import org.tenaga.accounts.UserAccount;
import org.tenaga.audit.AuditLog;
import org.tenaga.people.Learner;
import org.tenaga.people.LearnerProfile;
import org.tenaga.platform.Problem;
import org.tenaga.platform.Problems;
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
  @Inject LearnerProfileCheck check;
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
      throw new ApiException(422, "not_open", Problem.of("refusal.import.open", cohort.getCode(), Problem.label("status." + cohort.getStatus(), cohort.getStatus())));
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
        throw new ApiException(409, refused.code(), Problem.of("refusal.import.row", String.valueOf(row.number()), row.learner().getEmail(), refused.problem()));
      }
    }
    audit.record("roster.import", "Cohort", cohort.getId(), "Imported " + imported + " enrolments into " + cohort.getCode() + " from CSV; " + problems.size() + " problems skipped");
    return new ImportReport(problems.isEmpty(), rows.size(), imported, problems);
  }

  private List<Row> check(Cohort cohort, String csv, List<ImportReport.RowProblem> problems) {
    if (csv == null || csv.isBlank()) {
      throw ApiException.invalid(new Problems().add("body", "problem.csv.empty"));
    }
    List<CSVRecord> records;
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get()
        .parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
      if (!parser.getHeaderNames().contains("email")) {
        throw ApiException.invalid(new Problems().add("header", "problem.csv.header", String.join(", ", COLUMNS)));
      }
      for (String h : parser.getHeaderNames()) {
        if (!COLUMNS.contains(h)) {
          throw ApiException.invalid(new Problems().add("header", "problem.csv.column", h, String.join(", ", COLUMNS)));
        }
      }
      records = parser.getRecords();
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw ApiException.invalid(new Problems().add("body", "problem.csv.invalid", String.valueOf(e.getMessage())));
    }
    if (records.size() > MAX_ROWS) {
      throw ApiException.invalid(new Problems().add("body", "problem.csv.rows", MAX_ROWS));
    }
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int number = 0;
    for (CSVRecord r : records) {
      number++;
      int before = problems.size();
      String email = value(r, "email");
      if (email == null || !EmailAddress.isValid(email)) {
        problems.add(ImportReport.RowProblem.of(number, "email", Problem.of(email == null ? "problem.required" : "problem.email.not")));
        continue;
      }
      email = UserAccount.normaliseEmail(email);
      if (!seen.add(email)) {
        problems.add(ImportReport.RowProblem.of(number, "email", Problem.of("problem.csv.duplicate")));
        continue;
      }
      Optional<Learner> existing = em.createNamedQuery("Learner.findByEmail", Learner.class).setParameter("email", email).getResultStream().findFirst();
      if (existing.isPresent()) {
        if (enrolments.find(cohort, existing.get()).isPresent()) {
          problems.add(ImportReport.RowProblem.of(number, "email", Problem.of("problem.csv.placed", cohort.getCode())));
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

  /** A learner not yet registered, checked as registration checks one; the coordinator records their consent. */
  private Learner newLearner(int number, String email, CSVRecord r, List<ImportReport.RowProblem> problems) {
    Problems fields = new Problems();
    LearnerProfile profile = check.profile(new ProfileAnswers(value(r, "fullName"), value(r, "country"), value(r, "province"),
        value(r, "gender"), value(r, "birthDate"), value(r, "locality"), value(r, "sector"), null), fields);
    String consent = value(r, "consent");
    if (consent == null || !(consent.equalsIgnoreCase("yes") || consent.equalsIgnoreCase("true"))) {
      fields.add("consent", "problem.csv.consent");
    }
    fields.problems().forEach((field, problem) -> problems.add(ImportReport.RowProblem.of(number, field,
        "problem.required".equals(problem.key()) ? Problem.of("problem.csv.required") : problem)));
    return fields.isEmpty() ? new Learner(email, profile, OffsetDateTime.now(clock), Learner.CURRENT_POLICY_VERSION) : null;
  }

  private static String value(CSVRecord r, String column) {
    if (!r.isMapped(column) || !r.isSet(column)) {
      return null;
    }
    String v = r.get(column);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
