package org.tenaga.people.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.people.PeopleRepository;
import org.tenaga.people.Trainer;
import org.tenaga.people.TrainerQualification;
import org.tenaga.people.Venue;

/** Trainers and venues, for coordinators planning cohorts in their countries. */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Path("/v1")
public class TrainerResource {

  @Inject PeopleRepository people;
  @Inject CoordinatorScope scope;

  /** A trainer: where and in which languages they work, and what they are qualified to train. */
  public record TrainerView(String id, String code, String fullName, List<String> countries, List<String> languages, List<String> qualifications) {
    static TrainerView of(Trainer t) {
      return new TrainerView(
          String.valueOf(t.getId()),
          t.getCode(),
          t.getFullName(),
          List.copyOf(t.getCountries()),
          List.copyOf(t.getLanguages()),
          t.getQualifications().stream().map(TrainerQualification::getCourseCode).toList());
    }
  }

  /** A venue and its capacity. */
  public record VenueView(String id, String code, String name, String country, String province, String locality, int capacity, String accessibility) {
    static VenueView of(Venue v) {
      return new VenueView(
          String.valueOf(v.getId()), v.getCode(), v.getName(), v.getCountryCode(), v.getProvinceCode(), v.getLocality().name(), v.getCapacity(), v.getAccessibility());
    }
  }

  @GET
  @Path("trainers")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Transactional
  @Operation(summary = "Trainers in the coordinator's countries, optionally by country and course")
  public List<TrainerView> trainers(@QueryParam("country") String country, @QueryParam("course") String course) {
    Set<String> countries = scope.countries(country);
    return people.trainers(countries, course == null || course.isBlank() ? null : course.strip()).stream().map(TrainerView::of).toList();
  }

  @GET
  @Path("venues")
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Transactional
  @Operation(summary = "Venues in the coordinator's countries, optionally by country")
  public List<VenueView> venues(@QueryParam("country") String country) {
    return people.venues(scope.countries(country)).stream().map(VenueView::of).toList();
  }
}
