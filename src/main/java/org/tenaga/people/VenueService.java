package org.tenaga.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.tenaga.accounts.UserAccount;
import org.tenaga.audit.AuditLog;
import org.tenaga.platform.Problem;
import org.tenaga.platform.Problems;
import org.tenaga.platform.api.ApiException;

/**
 * Venues, kept by coordinators in their countries (admins everywhere). Every change is checked
 * as a whole (each bad field named), then scope, then duplicates, and is audited with its before
 * and after state in the same transaction.
 */
@ApplicationScoped
public class VenueService {

  @Inject PeopleRepository people;
  @Inject AuditLog audit;

  /**
   * Adds a venue.
   *
   * @throws ApiException 400 naming each bad field, 403 outside the caller's countries, 409
   *     {@code code_taken}
   */
  @Transactional
  public Venue create(VenueDetails details, UserAccount caller) {
    check(details);
    requireActsIn(details.cleanCountry(), caller);
    if (people.venueByCode(details.cleanCode()).isPresent()) {
      throw new ApiException(409, "code_taken", Problem.of("refusal.venue.code", details.cleanCode()));
    }
    Venue venue =
        new Venue(
            details.cleanCode(),
            details.cleanName(),
            CountryCode.of(details.cleanCountry()),
            details.cleanProvince(),
            details.venueLocality().orElseThrow(),
            details.capacity(),
            details.cleanAccessibility().orElse(null));
    people.store(venue);
    audit.record("venue.create", "Venue", venue.getCode(), "Added venue " + venue.getCode() + " " + venue.getName(), null, snapshot(venue));
    return venue;
  }

  /**
   * Edits a venue. The code stays (leave it out or repeat it); a venue that has hosted cohorts
   * keeps its country and province, since those cohorts were planned there.
   *
   * @throws ApiException 404, 403 outside the caller's countries (the venue's or the new one),
   *     400 naming each bad field, 409 {@code venue_in_use}
   */
  @Transactional
  public Venue update(Long id, VenueDetails details, UserAccount caller) {
    Venue venue = find(id, caller);
    VenueDetails withCode =
        details.cleanCode().isEmpty()
            ? new VenueDetails(venue.getCode(), details.name(), details.country(), details.province(), details.locality(), details.capacity(), details.accessibility())
            : details;
    Problems problems = problems(withCode);
    if (!withCode.cleanCode().equals(venue.getCode())) {
      problems.add("code", "problem.code.fixed", venue.getCode());
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    requireActsIn(withCode.cleanCountry(), caller);
    boolean moves = !withCode.cleanCountry().equals(venue.getCountryCode()) || !withCode.cleanProvince().equals(venue.getProvinceCode());
    if (moves) {
      List<String> cohorts = people.cohortsAt(venue.getId());
      if (!cohorts.isEmpty()) {
        throw new ApiException(409, "venue_in_use", Problem.of("refusal.venue.used", venue.getName(), String.join(", ", cohorts)));
      }
    }
    String before = snapshot(venue);
    venue.update(
        withCode.cleanName(),
        CountryCode.of(withCode.cleanCountry()),
        withCode.cleanProvince(),
        withCode.venueLocality().orElseThrow(),
        withCode.capacity(),
        withCode.cleanAccessibility().orElse(null));
    audit.record("venue.update", "Venue", venue.getCode(), "Edited venue " + venue.getCode() + " " + venue.getName(), before, snapshot(venue));
    return venue;
  }

  /**
   * A venue the caller may see and edit.
   *
   * @throws ApiException 404 when unknown, 403 when its country is not the caller's
   */
  @Transactional
  public Venue find(Long id, UserAccount caller) {
    Venue venue = people.venue(id).orElseThrow(() -> ApiException.notFound("Venue " + id));
    requireActsIn(venue.getCountryCode(), caller);
    return venue;
  }

  private void check(VenueDetails details) {
    Problems problems = problems(details);
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
  }

  private Problems problems(VenueDetails details) {
    return details.problems(people.countryCodes(), p -> people.province(p).map(Province::getCountryCode));
  }

  private static void requireActsIn(String country, UserAccount caller) {
    if (!caller.actsIn(country)) {
      throw ApiException.forbidden(Problem.of("refusal.country.scope", country));
    }
  }

  /** The audit record's picture of a venue. */
  static String snapshot(Venue v) {
    return Json.createObjectBuilder()
        .add("code", v.getCode())
        .add("name", v.getName())
        .add("country", v.getCountryCode())
        .add("province", v.getProvinceCode())
        .add("locality", v.getLocality().name())
        .add("capacity", v.getCapacity())
        .add("accessibility", Optional.ofNullable(v.getAccessibility()).orElse(""))
        .build()
        .toString();
  }
}
