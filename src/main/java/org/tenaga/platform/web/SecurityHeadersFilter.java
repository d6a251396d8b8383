package org.tenaga.platform.web;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries: no sniffing, no framing, no referrer leaks off-site. Pages are
 * kept in no cache (they hold personal data and a view state); Faces resources set their own
 * caching ({@link FingerprintedResources}), the API its own per answer. Pages also get
 * PrimeFaces' nonce-based Content-Security-Policy (web.xml); a browser enforces both.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/") && !path.startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/")) {
      response.setHeader("Cache-Control", "private, no-store");
    }
    chain.doFilter(request, response);
  }
}
