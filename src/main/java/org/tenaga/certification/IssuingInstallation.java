package org.tenaga.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who issues this installation's certificates: Tenaga, and the organisation that runs the
 * installation when it is configured ({@code TENAGA_ISSUER_ORGANISATION}).
 */
@ApplicationScoped
public class IssuingInstallation {

  static final String SYSTEM_NAME = "Tenaga";

  private String name;

  protected IssuingInstallation() {}

  @Inject
  public IssuingInstallation(@ConfigProperty(name = "tenaga.issuer.organisation") Optional<String> organisation) {
    this.name = nameFor(organisation.orElse(null));
  }

  /** "Tenaga", or "Tenaga · ASEAN Foundation" when the organisation is known. */
  public String name() {
    return name;
  }

  static String nameFor(String organisation) {
    return organisation == null || organisation.isBlank() ? SYSTEM_NAME : SYSTEM_NAME + " · " + organisation.strip();
  }
}
