package org.tenaga.people.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.people.PeopleRepository;
import org.tenaga.people.Trainer;
import org.tenaga.people.TrainerDetails;
import org.tenaga.people.TrainerService;
import org.tenaga.people.api.PeopleViews.QualificationRequest;
import org.tenaga.people.api.PeopleViews.QualificationView;
import org.tenaga.people.api.PeopleViews.TrainerDetailView;
import org.tenaga.people.api.PeopleViews.TrainerView;
import org.tenaga.platform.api.ApiException;

/** Trainers and their qualifications, for coordinators in their countries (admins everywhere). */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Path("/v1/trainers")
@RolesAllowed({"COORDINATOR", "ADMIN"})
public class TrainerResource {

  @Inject PeopleRepository people;
  @Inject CoordinatorScope scope;
  @Inject TrainerService trainers;
  @Inject CurrentAccount caller;

  @GET
  @Transactional
  @Operation(summary = "Trainers in the coordinator's countries, optionally by country and course")
  public List<TrainerView> trainers(@QueryParam("country") String country, @QueryParam("course") String course) {
    Set<String> countries = scope.countries(country);
    return people.trainers(countries, course == null || course.isBlank() ? null : course.strip()).stream().map(TrainerView::of).toList();
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a trainer {code?,fullName,email,phone?,countries,languages}: 201 {id,code}; 400 naming each bad field; 403 outside your countries; 409 email_taken/code_taken")
  public Response create(TrainerDetails details) {
    Trainer t = trainers.create(required(details), caller.require());
    return Response.created(URI.create("/api/v1/trainers/" + t.getId()))
        .entity(Map.of("id", String.valueOf(t.getId()), "code", t.getCode()))
        .build();
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "One trainer with each qualification and how it was earned (coordinator or certificate)")
  public TrainerDetailView get(@PathParam("id") String id) {
    Trainer t = trainers.find(PeopleViews.id(id, "Trainer"), caller.require());
    return TrainerDetailView.of(t, trainers.qualifications(t));
  }

  @PUT
  @Path("{id}")
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit a trainer (the code stays): 400 naming each bad field; 403; 404; 409 email_taken")
  public TrainerDetailView update(@PathParam("id") String id, TrainerDetails details) {
    Trainer t = trainers.update(PeopleViews.id(id, "Trainer"), required(details), caller.require());
    return TrainerDetailView.of(t, trainers.qualifications(t));
  }

  @POST
  @Path("{id}/qualifications")
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Qualify a trainer for a course {courseCode}: 201 when new, 200 when already qualified")
  public Response qualify(@PathParam("id") String id, QualificationRequest request) {
    if (request == null) {
      throw ApiException.invalid("courseCode", "is required");
    }
    TrainerService.Qualified q = trainers.qualify(PeopleViews.id(id, "Trainer"), request.courseCode(), caller.require());
    Trainer t = q.qualification().getTrainer();
    QualificationView view =
        trainers.qualifications(t).stream()
            .filter(e -> e.courseCode().equals(q.qualification().getCourseCode()))
            .findFirst()
            .map(QualificationView::of)
            .orElseThrow();
    return (q.isNew() ? Response.created(URI.create("/api/v1/trainers/" + t.getId() + "/qualifications/" + view.courseCode())) : Response.ok())
        .entity(view)
        .build();
  }

  @DELETE
  @Path("{id}/qualifications/{courseCode}")
  @Transactional
  @Operation(summary = "Withdraw a coordinator's qualification: 204; 409 earned_by_certificate or qualification_in_use")
  public Response unqualify(@PathParam("id") String id, @PathParam("courseCode") String courseCode) {
    trainers.unqualify(PeopleViews.id(id, "Trainer"), courseCode, caller.require());
    return Response.noContent().build();
  }

  private static TrainerDetails required(TrainerDetails details) {
    if (details == null) {
      throw ApiException.invalid("body", "is required: {code, fullName, email, phone, countries, languages}");
    }
    return details;
  }
}
