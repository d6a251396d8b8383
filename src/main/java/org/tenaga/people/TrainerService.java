package org.tenaga.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.tenaga.accounts.UserAccount;
import org.tenaga.audit.AuditLog;
import org.tenaga.catalog.Course;
import org.tenaga.catalog.CourseRepository;
import org.tenaga.platform.Problem;
import org.tenaga.platform.Problems;
import org.tenaga.platform.api.ApiException;

/**
 * Trainers and their qualifications, kept by coordinators in their countries (admins
 * everywhere). A trainer is in a coordinator's scope when any of the trainer's countries is.
 * Every change is checked as a whole (each bad field named), then scope, then duplicates, and is
 * audited with its before and after state in the same transaction.
 */
@ApplicationScoped
public class TrainerService {

  @Inject PeopleRepository people;
  @Inject CourseRepository courses;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Whether a qualification was given now or was already there. */
  public record Qualified(TrainerQualification qualification, boolean isNew) {}

  /**
   * Adds a trainer; without a code, Tenaga gives {@code TR-<id>}.
   *
   * @throws ApiException 400 naming each bad field, 403 for a country outside the caller's, 409
   *     {@code email_taken} or {@code code_taken}
   */
  @Transactional
  public Trainer create(TrainerDetails details, UserAccount caller) {
    Problems problems = details.problems(people.countryCodes());
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    details.countryCodes().stream().filter(c -> !caller.actsIn(c)).findFirst().ifPresent(c -> {
      throw outside(c);
    });
    if (people.trainerByEmail(details.cleanEmail()).isPresent()) {
      throw emailTaken(details.cleanEmail());
    }
    Optional<String> code = details.cleanCode();
    if (code.isPresent() && people.trainerByCode(code.get()).isPresent()) {
      throw new ApiException(409, "code_taken", Problem.of("refusal.trainer.code", code.get()));
    }
    Set<CountryCode> countries = details.countryCodes().stream().map(CountryCode::of).collect(Collectors.toSet());
    OffsetDateTime now = OffsetDateTime.now(clock);
    Trainer trainer =
        code.map(c -> new Trainer(c, details.cleanName(), details.cleanEmail(), details.cleanPhone().orElse(null), countries, details.languageCodes(), now))
            .orElseGet(() -> Trainer.withoutCode(details.cleanName(), details.cleanEmail(), details.cleanPhone().orElse(null), countries, details.languageCodes(), now));
    people.store(trainer);
    trainer.assignGeneratedCode();
    audit.record("trainer.create", "Trainer", trainer.getCode(), "Added trainer " + trainer.getCode() + " " + trainer.getFullName(), null, snapshot(trainer));
    return trainer;
  }

  /**
   * Edits a trainer. The code is their business identity and stays; countries outside the
   * caller's scope stay as they are (another coordinator's business).
   *
   * @throws ApiException 404, 403 outside scope, 400 naming each bad field, 409 {@code email_taken}
   */
  @Transactional
  public Trainer update(Long id, TrainerDetails details, UserAccount caller) {
    Trainer trainer = find(id, caller);
    Problems problems = details.problems(people.countryCodes());
    Optional<String> code = details.cleanCode();
    if (code.isEmpty() || code.get().equals(trainer.getCode())) {
      problems.remove("code");
    } else {
      problems.add("code", "problem.code.fixed", trainer.getCode());
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    changeOutsideScope(trainer.getCountries(), details.countryCodes(), caller::actsIn).ifPresent(c -> {
      throw outside(c);
    });
    Optional<Trainer> sameEmail = people.trainerByEmail(details.cleanEmail());
    if (sameEmail.isPresent() && !sameEmail.get().getId().equals(trainer.getId())) {
      throw emailTaken(details.cleanEmail());
    }
    String before = snapshot(trainer);
    trainer.update(
        details.cleanName(),
        details.cleanEmail(),
        details.cleanPhone().orElse(null),
        details.countryCodes().stream().map(CountryCode::of).collect(Collectors.toSet()),
        details.languageCodes());
    audit.record("trainer.update", "Trainer", trainer.getCode(), "Edited trainer " + trainer.getCode() + " " + trainer.getFullName(), before, snapshot(trainer));
    return trainer;
  }

  /**
   * A trainer the caller may see and edit.
   *
   * @throws ApiException 404 when unknown, 403 when none of the trainer's countries is the caller's
   */
  @Transactional
  public Trainer find(Long id, UserAccount caller) {
    Trainer trainer = people.trainer(id).orElseThrow(() -> ApiException.notFound("Trainer " + id));
    if (!trainer.worksInAnyOf(caller::actsIn)) {
      throw ApiException.forbidden(Problem.of("refusal.trainer.scope", trainer.getCode(), String.join(", ", trainer.getCountries())));
    }
    return trainer;
  }

  /**
   * Qualifies a trainer for a course on the caller's word. Idempotent: a qualification the
   * trainer already holds is kept as it was earned.
   *
   * @throws ApiException 404, 403, 400 when the course is not in the catalogue
   */
  @Transactional
  public Qualified qualify(Long trainerId, String courseCode, UserAccount caller) {
    Trainer trainer = find(trainerId, caller);
    String code = courseCode == null ? "" : courseCode.strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty()) {
      throw ApiException.invalid(new Problems().add("courseCode", "problem.required"));
    }
    if (courses.find(code).isEmpty()) {
      throw ApiException.invalid(new Problems().add("courseCode", "problem.course.code", code));
    }
    Optional<TrainerQualification> existing = trainer.qualificationFor(code);
    if (existing.isPresent()) {
      return new Qualified(existing.get(), false);
    }
    String before = qualificationCodes(trainer);
    TrainerQualification q = trainer.qualify(code, QualificationSource.COORDINATOR, null, caller.getEmail(), OffsetDateTime.now(clock));
    audit.record(
        "trainer.qualify", "Trainer", trainer.getCode(), trainer.getFullName() + " qualified for " + code + " by " + caller.getEmail(),
        before, qualificationCodes(trainer));
    return new Qualified(q, true);
  }

  /**
   * Withdraws a qualification a coordinator gave. Refused for one earned by certificate, and
   * while the trainer still teaches the course in a cohort that is not over.
   *
   * @throws ApiException 404 (trainer, or no such qualification), 403, 409 {@code
   *     earned_by_certificate} or {@code qualification_in_use}
   */
  @Transactional
  public void unqualify(Long trainerId, String courseCode, UserAccount caller) {
    Trainer trainer = find(trainerId, caller);
    String code = courseCode == null ? "" : courseCode.strip().toUpperCase(Locale.ROOT);
    TrainerQualification q =
        trainer.qualificationFor(code).orElseThrow(() -> ApiException.notFound(trainer.getFullName() + "'s qualification for " + code));
    if (!q.isRemovableByCoordinator()) {
      String serial =
          Optional.ofNullable(q.getCertificateId())
              .flatMap(c -> people.certificates(List.of(c)).values().stream().findFirst())
              .map(CertificateReference::serial)
              .orElse("(unknown)");
      throw new ApiException(409, "earned_by_certificate", Problem.of("refusal.qualification.earned", trainer.getFullName(), code, serial));
    }
    List<String> cohorts = people.cohortsStillTaught(trainer.getId(), code);
    if (!cohorts.isEmpty()) {
      throw new ApiException(409, "qualification_in_use", Problem.of("refusal.qualification.used", trainer.getFullName(), code, String.join(", ", cohorts)));
    }
    String before = qualificationCodes(trainer);
    trainer.unqualify(code);
    audit.record("trainer.unqualify", "Trainer", trainer.getCode(), trainer.getFullName() + " no longer qualified for " + code, before, qualificationCodes(trainer));
  }

  /** The trainer's qualifications with course titles and, for the cascade, their certificates. */
  @Transactional
  public List<EarnedQualification> qualifications(Trainer trainer) {
    Map<String, String> titles = courses.findAll().stream().collect(Collectors.toMap(Course::getCode, Course::getTitle));
    List<Long> certificateIds = trainer.getQualifications().stream().map(TrainerQualification::getCertificateId).filter(Objects::nonNull).toList();
    Map<Long, CertificateReference> certificates = people.certificates(certificateIds);
    Function<TrainerQualification, EarnedQualification> earned =
        q -> new EarnedQualification(
            q.getCourseCode(),
            titles.getOrDefault(q.getCourseCode(), q.getCourseCode()),
            q.getSource(),
            q.getGrantedBy(),
            q.getGrantedAt(),
            Optional.ofNullable(q.getCertificateId()).map(certificates::get));
    return trainer.getQualifications().stream().map(earned).toList();
  }

  /**
   * The first country added or removed that the caller does not act in: a coordinator changes
   * only their own countries of a trainer who also works elsewhere.
   */
  static Optional<String> changeOutsideScope(Set<String> before, Set<String> after, Predicate<String> actsIn) {
    Set<String> changed = new TreeSet<>(before);
    changed.addAll(after);
    changed.removeIf(c -> before.contains(c) && after.contains(c));
    return changed.stream().filter(actsIn.negate()).findFirst();
  }

  private static ApiException outside(String country) {
    return ApiException.forbidden(Problem.of("refusal.country.scope", country));
  }

  private static ApiException emailTaken(String email) {
    return new ApiException(409, "email_taken", Problem.of("refusal.trainer.email", email));
  }

  /** The audit record's picture of a trainer. */
  static String snapshot(Trainer t) {
    return Json.createObjectBuilder()
        .add("code", t.getCode())
        .add("fullName", t.getFullName())
        .add("email", t.getEmail())
        .add("phone", t.getPhone() == null ? "" : t.getPhone())
        .add("countries", array(t.getCountries()))
        .add("languages", array(t.getLanguages()))
        .build()
        .toString();
  }

  /** The audit record's picture of a trainer's qualifications. */
  private static String qualificationCodes(Trainer t) {
    return array(t.getQualifications().stream().map(TrainerQualification::getCourseCode).toList()).build().toString();
  }

  private static JsonArrayBuilder array(Collection<String> values) {
    JsonArrayBuilder b = Json.createArrayBuilder();
    values.forEach(b::add);
    return b;
  }
}
