package org.tenaga.accounts.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.NewLearner;
import org.tenaga.accounts.Registration;
import org.tenaga.people.Learner;

/** Learners registering themselves. */
@Path("/v1/learners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

  @Inject Registration registration;

  @POST
  @Operation(summary = "Self-registration with explicit consent: 201 {id}; 400 naming each bad field; 409 email_taken")
  public Response register(NewLearner request) {
    Learner learner = registration.register(request);
    return Response.created(URI.create("/api/v1/me/data")).entity(Map.of("id", String.valueOf(learner.getId()))).build();
  }
}
