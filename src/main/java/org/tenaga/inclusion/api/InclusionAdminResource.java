package org.tenaga.inclusion.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.audit.AuditLog;
import org.tenaga.inclusion.InclusionRollups;

/** Rebuilding the inclusion rollups from the raw enrolment and certificate rows. */
@Path("/v1/admin/inclusion")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InclusionAdminResource {

  @Inject InclusionRollups rollups;
  @Inject AuditLog audit;

  @POST
  @Path("rebuild")
  @RolesAllowed("ADMIN")
  @Transactional
  @Operation(summary = "Recompute every inclusion rollup from the raw rows: {learners, reaches, cells, millis}")
  public InclusionRollups.RebuildReport rebuild() {
    InclusionRollups.RebuildReport report = rollups.rebuild();
    audit.record("inclusion.rebuild", "InclusionRollups", "ALL", "Rebuilt the inclusion rollups: " + report);
    return report;
  }
}
