package org.tenaga.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.catalog.CourseRepository;
import org.tenaga.catalog.api.CourseViews.CourseSummaryView;
import org.tenaga.catalog.api.CourseViews.CourseView;
import org.tenaga.platform.api.ApiException;

/** The public catalogue. */
@Path("/v1/courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

  @Inject CourseRepository courses;

  @GET
  @Operation(summary = "Every course of the catalogue")
  public List<CourseSummaryView> list() {
    return courses.findAll().stream().map(CourseSummaryView::of).toList();
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One course with its description and completion rule")
  public CourseView get(@PathParam("code") String code) {
    return courses.find(code).map(CourseView::of).orElseThrow(() -> ApiException.notFound("Course " + code));
  }
}
