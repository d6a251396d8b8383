package org.tenaga.people.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.people.PeopleRepository;
import org.tenaga.people.Venue;
import org.tenaga.people.VenueDetails;
import org.tenaga.people.VenueService;
import org.tenaga.people.api.PeopleViews.VenueView;
import org.tenaga.platform.api.ApiException;

/** Venues, for coordinators in their countries (admins everywhere). */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Path("/v1/venues")
@RolesAllowed({"COORDINATOR", "ADMIN"})
public class VenueResource {

  @Inject PeopleRepository people;
  @Inject CoordinatorScope scope;
  @Inject VenueService venues;
  @Inject CurrentAccount caller;

  @GET
  @Transactional
  @Operation(summary = "Venues in the coordinator's countries, optionally by country")
  public List<VenueView> venues(@QueryParam("country") String country) {
    return people.venues(scope.countries(country)).stream().map(VenueView::of).toList();
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a venue {code,name,country,province,locality,capacity,accessibility?}: 201 {id}; 400 naming each bad field; 403 outside your countries; 409 code_taken")
  public Response create(VenueDetails details) {
    Venue v = venues.create(required(details), caller.require());
    return Response.created(URI.create("/api/v1/venues/" + v.getId())).entity(Map.of("id", String.valueOf(v.getId()))).build();
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "One venue")
  public VenueView get(@PathParam("id") String id) {
    return VenueView.of(venues.find(PeopleViews.id(id, "Venue"), caller.require()));
  }

  @PUT
  @Path("{id}")
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit a venue (the code stays): 400 naming each bad field; 403; 404; 409 venue_in_use when a venue that hosted cohorts would move")
  public VenueView update(@PathParam("id") String id, VenueDetails details) {
    return VenueView.of(venues.update(PeopleViews.id(id, "Venue"), required(details), caller.require()));
  }

  private static VenueDetails required(VenueDetails details) {
    if (details == null) {
      throw ApiException.invalid("body", "is required: {code, name, country, province, locality, capacity, accessibility}");
    }
    return details;
  }
}
