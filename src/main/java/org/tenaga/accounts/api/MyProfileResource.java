package org.tenaga.accounts.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.accounts.NewLearner;
import org.tenaga.accounts.ProfileChange;
import org.tenaga.accounts.ProfileEditing;
import org.tenaga.people.Difficulty;
import org.tenaga.people.Learner;

/** A learner's own profile: read it, and edit it. */
@Path("/v1/me/profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyProfileResource {

  @Inject ProfileEditing editing;
  @Inject CurrentAccount caller;

  /** The profile in the fields of {@code POST /api/v1/learners}, without password and consent. */
  public record ProfileView(
      String email, String fullName, String country, String province, String gender, String birthDate, String locality,
      String sector, NewLearner.Disability disability) {

    static ProfileView of(Learner l) {
      var d = l.getDisability();
      return new ProfileView(l.getEmail(), l.getFullName(), l.getCountryCode(), l.getProvinceCode(), l.getGender().name(),
          l.getBirthDate().map(Object::toString).orElse(null), l.getLocality().name(), l.getSector().map(Enum::name).orElse(null),
          new NewLearner.Disability(name(d.getSeeing()), name(d.getHearing()), name(d.getWalking()), name(d.getCognition()),
              name(d.getSelfCare()), name(d.getCommunication())));
    }

    private static String name(Difficulty d) {
      return d == null ? null : d.name();
    }
  }

  @GET
  @RolesAllowed("LEARNER")
  @Transactional
  @Operation(summary = "The caller's profile: {email,fullName,country,province,gender,birthDate,locality,sector,disability}")
  public ProfileView profile() {
    return ProfileView.of(caller.requireLearner());
  }

  @PUT
  @RolesAllowed("LEARNER")
  @Operation(summary = "Replace the caller's profile (the fields of POST /api/v1/learners without password and consent; an answer"
      + " left out is 'prefer not to say'): 200 with the profile; 400 naming each bad field, nothing changed; 409 email_taken."
      + " A new email is the login from the next request on. Past enrolments keep their demographic snapshot.")
  public ProfileView edit(ProfileChange change) {
    caller.requireLearner();
    return ProfileView.of(editing.edit(caller.require(), change).learner());
  }
}
