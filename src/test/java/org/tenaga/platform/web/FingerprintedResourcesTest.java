package org.tenaga.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintedResourcesTest {

  @Test
  void ourStylesheetsUrlChangesWithItsContentAndOnlyThen() {
    String first = new FingerprintedResources(serving("body { color: black; }")).createResource("css/tenaga.css").getRequestPath();
    String same = new FingerprintedResources(serving("body { color: black; }")).createResource("css/tenaga.css").getRequestPath();
    String changed = new FingerprintedResources(serving("body { color: navy; }")).createResource("css/tenaga.css").getRequestPath();

    assertTrue(first.matches("/jakarta\\.faces\\.resource/css/tenaga\\.css\\.xhtml\\?v=[0-9a-f]{12}"), first);
    assertEquals(first, same);
    assertNotEquals(first, changed);
  }

  @Test
  void aResourceWithAVersionKeepsIt() {
    Resource core = new FingerprintedResources(serving("")).createResource("core.js", "primefaces");
    assertEquals("/jakarta.faces.resource/core.js.xhtml?ln=primefaces&v=15.0.13", core.getRequestPath());
  }

  /** A resource handler serving every resource with this content, PrimeFaces' with its version. */
  private static ResourceHandler serving(String content) {
    return new ResourceHandler() {
      @Override
      public Resource createResource(String name) {
        return createResource(name, null);
      }

      @Override
      public Resource createResource(String name, String library) {
        return createResource(name, library, null);
      }

      @Override
      public Resource createResource(String name, String library, String contentType) {
        Resource r = new Resource() {
          @Override
          public InputStream getInputStream() {
            return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
          }

          @Override
          public Map<String, String> getResponseHeaders() {
            return Map.of();
          }

          @Override
          public String getRequestPath() {
            return "/jakarta.faces.resource/" + name + ".xhtml" + (library == null ? "" : "?ln=" + library + "&v=15.0.13");
          }

          @Override
          public URL getURL() {
            return null;
          }

          @Override
          public boolean userAgentNeedsUpdate(FacesContext context) {
            return true;
          }
        };
        r.setResourceName(name);
        r.setLibraryName(library);
        return r;
      }

      @Override
      public boolean libraryExists(String library) {
        return true;
      }

      @Override
      public void handleResourceRequest(FacesContext context) {}

      @Override
      public boolean isResourceRequest(FacesContext context) {
        return false;
      }

      @Override
      public String getRendererTypeForResourceName(String name) {
        return null;
      }
    };
  }
}
