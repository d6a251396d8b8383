package org.tenaga.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.audit.AuditSearch;
import org.tenaga.platform.api.ApiException;
import org.tenaga.platform.api.Paging;

/** The audit trail for admins: read only — there is no endpoint that changes or deletes an event. */
@Path("/v1/admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditSearch search;

  public record EventView(String id, OffsetDateTime occurredAt, String actor, String action, String entityType, String entityId,
      String summary, String before, String after) {}

  @GET
  @RolesAllowed("ADMIN")
  @Operation(summary = "Audit events, newest first: ?actor=&action=(prefix)&entityType=&entityId=&from=&to=&page=&size=; X-Total-Count")
  public Response list(@QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("entityType") String entityType,
      @QueryParam("entityId") String entityId, @QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    Map<String, String> problems = new LinkedHashMap<>(Paging.problems(page, size, 500));
    AuditSearch.Filter filter = new AuditSearch.Filter(actor, action, entityType, entityId, date("from", from, problems), date("to", to, problems));
    problems.putAll(filter.problems());
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    Paging paging = Paging.of(page, size, 50, 500);
    AuditSearch.Page result = search.search(filter, paging.page(), paging.size());
    return Response.ok(result.events().stream()
            .map(e -> new EventView(String.valueOf(e.getId()), e.getOccurredAt(), e.getActor(), e.getAction(), e.getEntityType(),
                e.getEntityId(), e.getSummary(), e.getBeforeState(), e.getAfterState()))
            .toList())
        .header("X-Total-Count", result.total())
        .build();
  }

  private static LocalDate date(String field, String value, Map<String, String> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.put(field, "must be a date like 2026-03-31");
      return null;
    }
  }
}
