package org.tenaga.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every Faces resource URL carries a fingerprint in {@code v=}: PrimeFaces' own version on its
 * resources, a hash of the content on the others (tenaga.css, Faces' own scripts), so a changed
 * file gets a new URL. A request whose {@code v=} is the current fingerprint may stay in the
 * browser's cache for a year without being asked for again; any other keeps Faces' default (a
 * week, revalidated). A slow connection then fetches only the page itself on a later visit.
 */
public class FingerprintedResources extends ResourceHandlerWrapper {

  static final String CACHED_FOR_GOOD = "public, max-age=31536000, immutable";
  private static final Pattern VERSION = Pattern.compile("[?&]v=([^&]+)");

  /** Content hashes by library and name: the WAR's resources change only with a new deployment. */
  private final Map<String, String> hashes = new ConcurrentHashMap<>();

  public FingerprintedResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String name) {
    return fingerprinted(getWrapped().createResource(name));
  }

  @Override
  public Resource createResource(String name, String library) {
    return fingerprinted(getWrapped().createResource(name, library));
  }

  @Override
  public Resource createResource(String name, String library, String contentType) {
    return fingerprinted(getWrapped().createResource(name, library, contentType));
  }

  private Resource fingerprinted(Resource resource) {
    return resource == null || resource instanceof Fingerprinted ? resource : new Fingerprinted(resource);
  }

  private final class Fingerprinted extends ResourceWrapper {

    Fingerprinted(Resource wrapped) {
      super(wrapped);
    }

    @Override
    public String getRequestPath() {
      String path = getWrapped().getRequestPath();
      return VERSION.matcher(path).find() ? path : path + (path.contains("?") ? "&" : "?") + "v=" + contentHash();
    }

    @Override
    public Map<String, String> getResponseHeaders() {
      Map<String, String> headers = new HashMap<>(getWrapped().getResponseHeaders());
      String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("v");
      if (requested != null && requested.equals(fingerprint())) {
        headers.put("Cache-Control", CACHED_FOR_GOOD);
      }
      return headers;
    }

    private String fingerprint() {
      Matcher given = VERSION.matcher(getWrapped().getRequestPath());
      return given.find() ? given.group(1) : contentHash();
    }

    private String contentHash() {
      return hashes.computeIfAbsent(getLibraryName() + "/" + getResourceName(), key -> {
        try (InputStream in = getWrapped().getInputStream()) {
          byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
          return HexFormat.of().formatHex(digest, 0, 6);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
          throw new IllegalStateException("every JDK has SHA-256", e);
        }
      });
    }
  }
}
