package org.tenaga.enrolment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.enrolment.EnrolmentImport;
import org.tenaga.enrolment.ImportReport;
import org.tenaga.platform.api.ApiException;
import org.tenaga.scheduling.CohortRepository;
import org.tenaga.scheduling.api.CohortResource;

/** Bulk enrolment from CSV: check first, import on confirmation. */
@Path("/v1/cohorts/{id}/enrolments/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

  /** Largest CSV accepted: 5,000 rows of profile fields fit well within it. */
  static final int MAX_BYTES = org.tenaga.platform.api.BodySizeLimit.UPLOAD_MAX;

  @Inject EnrolmentImport importer;
  @Inject CohortRepository cohorts;
  @Inject CurrentAccount caller;

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(summary = "CSV of enrolments: ?confirm=false checks only; ?confirm=true imports every valid row in one transaction")
  public ImportReport upload(@PathParam("id") String id, @QueryParam("confirm") boolean confirm, byte[] body) {
    if (body == null || body.length == 0) {
      throw ApiException.invalid("body", "the CSV is empty");
    }
    if (body.length > MAX_BYTES) {
      throw new ApiException(413, "too_large", "A CSV may be at most " + MAX_BYTES / (1024 * 1024) + " MB.");
    }
    String csv;
    try {
      csv = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw ApiException.invalid("body", "must be UTF-8 text (save the spreadsheet as 'CSV UTF-8')");
    }
    return importer.run(CohortResource.find(cohorts, id).getId(), csv, confirm, caller.require());
  }
}
