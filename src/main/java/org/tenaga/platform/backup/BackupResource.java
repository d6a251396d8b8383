package org.tenaga.platform.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An admin takes an online backup of the embedded database. */
@Path("/v1/admin/backup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

  @Inject Backups backups;

  @POST
  @RolesAllowed("ADMIN")
  @Operation(summary = "Online, consistent backup of the H2 database into TENAGA_BACKUP_DIR: {file, bytes, sha256, takenAt}; 409 on PostgreSQL (use pg_dump)")
  public Response backup() {
    return Response.status(201).entity(backups.create()).build();
  }
}
