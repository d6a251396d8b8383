package org.tenaga.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.catalog.CatalogueLoader;
import org.tenaga.catalog.CatalogueReload;

/** Reloading the catalogue from the course files. */
@Path("/v1/admin/catalogue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueAdminResource {

  @Inject CatalogueLoader loader;

  @POST
  @Path("reload")
  @RolesAllowed("ADMIN")
  @Operation(summary = "Reload the course files: {loaded, unchanged, problems:[{file, field, reason}]}")
  public CatalogueReload reload() {
    return loader.reload();
  }
}
