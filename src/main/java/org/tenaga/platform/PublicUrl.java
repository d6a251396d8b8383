package org.tenaga.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's public base URL ({@code TENAGA_PUBLIC_URL}). Addresses printed on certificates
 * and signed into credentials come from here, never from a request's Host header, which a caller
 * controls.
 */
@ApplicationScoped
public class PublicUrl {

  private String base;

  protected PublicUrl() {}

  @Inject
  public PublicUrl(@ConfigProperty(name = "tenaga.public.url", defaultValue = "http://localhost:8080") String base) {
    URI uri = URI.create(base.strip());
    if (!uri.isAbsolute() || uri.getHost() == null) {
      throw new IllegalArgumentException("TENAGA_PUBLIC_URL must be an absolute http(s) URL, got: " + base);
    }
    this.base = base.strip().replaceAll("/+$", "");
  }

  /** The absolute URL of a path of this installation, e.g. {@code resolve("/verify/ABC")}. */
  public String resolve(String path) {
    return base + (path.startsWith("/") ? path : "/" + path);
  }

  /** The address printed on a certificate and encoded in its QR code. */
  public String verification(String verificationCode) {
    return resolve("/verify/" + verificationCode);
  }
}
