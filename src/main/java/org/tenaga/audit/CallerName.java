package org.tenaga.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is acting in this request, asked of Jakarta Security once per request, not per event. */
@RequestScoped
public class CallerName {

  @Inject SecurityContext securityContext;

  private String name;

  String get() {
    if (name == null) {
      String found = AuditLog.SYSTEM;
      try {
        Principal p = securityContext.getCallerPrincipal();
        if (p != null) {
          found = p.getName();
        }
      } catch (RuntimeException noCallerHere) {
        // Start-up and scheduled work run without a caller.
      }
      name = found;
    }
    return name;
  }
}
