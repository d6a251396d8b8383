package org.tenaga.inclusion.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.inclusion.CrossTab;
import org.tenaga.inclusion.InclusionExport;
import org.tenaga.inclusion.InclusionQuery;
import org.tenaga.inclusion.InclusionReports;
import org.tenaga.platform.api.ApiException;

/**
 * Inclusion statistics: commitment progress, cross-tabs and their files. Donors see the
 * commitments their organisation funds, suppressed; coordinators their countries; admins all.
 * Nothing here returns a person's record.
 */
@Path("/v1/inclusion")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"DONOR", "COORDINATOR", "ADMIN"})
@ServerTiming
public class InclusionResource {

  @Inject InclusionReports reports;
  @Inject Clock clock;

  @GET
  @Path("commitments")
  @Operation(summary = "Commitments against their targets: [{code,title,target:{people,women,youth,rural,disability},actual:{people,certificates,women,youth,rural,disability}}] (shares 0..1; withheld figures null), with display texts and on-track/at-risk/off-track status")
  public List<InclusionViews.CommitmentView> commitments() {
    return reports.commitments().stream().map(InclusionViews.CommitmentView::of).toList();
  }

  @GET
  @Operation(summary = "Cross-tab of people at a stage (enrolled, completed, certified, waitlisted, withdrawn, ended) by one or two of gender, youth, locality, disability, sector, country, course, quarter; filters commitment, country, course, from, to (months: 2026-03 or 2026-03-01 / 2026-03-31). {rows:[{key,count,share,display}],total}; for donors a withheld cell is count:null, share:null, display:\"<5\"")
  public InclusionViews.CrossTabView crossTab(
      @QueryParam("commitment") String commitment, @QueryParam("country") String country, @QueryParam("course") String course,
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("stage") String stage, @QueryParam("by") List<String> by) {
    InclusionQuery q = InclusionQuery.parse(commitment, country, course, from, to, stage, by);
    return InclusionViews.CrossTabView.of(reports.crossTab(q), q);
  }

  @GET
  @Path("summary")
  @Operation(summary = "Headline figures of the same slice: people at the stage, people certified (distinct) and certificates issued, cascade reach, completion rate by gender and the women–men gap in points")
  public InclusionViews.SummaryView summary(
      @QueryParam("commitment") String commitment, @QueryParam("country") String country, @QueryParam("course") String course,
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("stage") String stage, @QueryParam("by") List<String> by) {
    InclusionQuery q = InclusionQuery.parse(commitment, country, course, from, to, stage, by);
    return InclusionViews.SummaryView.of(reports.summary(q), q);
  }

  @GET
  @Path("export")
  @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "The same cross-tab as a file: format=csv|xlsx|pdf; a header line, then one row per cell (key columns, count, share, display), suppressed for donors exactly as the JSON; the PDF is a one-page report")
  public Response export(
      @QueryParam("format") String format,
      @QueryParam("commitment") String commitment, @QueryParam("country") String country, @QueryParam("course") String course,
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("stage") String stage, @QueryParam("by") List<String> by) {
    InclusionExport.Format f = InclusionExport.Format.of(format)
        .orElseThrow(() -> ApiException.invalid("format", "must be csv, xlsx or pdf"));
    InclusionQuery q = InclusionQuery.parse(commitment, country, course, from, to, stage, by);
    CrossTab table = reports.crossTab(q);
    byte[] file = InclusionExport.write(f, table, new InclusionExport.Context(
        ExportNames.title(table, q), InclusionViews.filters(q), ZonedDateTime.now(clock)));
    return Response.ok(file, f.mediaType)
        .header("Content-Disposition", "attachment; filename=\"" + ExportNames.fileName(table, q, f) + "\"")
        .build();
  }
}
