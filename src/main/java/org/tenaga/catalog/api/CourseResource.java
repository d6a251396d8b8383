package org.tenaga.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tenaga.catalog.CatalogueSearch;
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
  @Inject CatalogueSearch search;

  @GET
  @Operation(summary = "The catalogue, optionally filtered by level, delivery mode, language of teaching, skill and commitment")
  public List<CourseSummaryView> list(
      @Parameter(description = "FOUNDATIONAL, INTERMEDIATE or ADVANCED") @QueryParam("level") String level,
      @Parameter(description = "IN_PERSON, ONLINE or BLENDED") @QueryParam("mode") String mode,
      @Parameter(description = "a language code: en, id, ms, vi, th, fil, km, lo, my, tet") @QueryParam("language") String language,
      @Parameter(description = "a skill code") @QueryParam("skill") String skill,
      @Parameter(description = "a commitment code") @QueryParam("commitment") String commitment) {
    return search.search(CatalogueSearch.Filter.parse(level, mode, language, skill, commitment)).stream().map(CourseSummaryView::of).toList();
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One course with its description and completion rule")
  public CourseView get(@PathParam("code") String code) {
    return courses.find(code).map(CourseView::of).orElseThrow(() -> ApiException.notFound("Course " + code));
  }
}
