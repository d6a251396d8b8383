package org.tenaga.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds every API request body before anything reads it: JSON at {@link #JSON_MAX} (no form of
 * Tenaga's needs more; a megabyte-long name is refused here), CSV uploads at {@link #UPLOAD_MAX}.
 * A declared length over the bound is refused at once; a body without one (chunked) is counted
 * as it is read and refused when it passes the bound, so no request can make the server buffer
 * more than the bound.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

  public static final int JSON_MAX = 256 * 1024;
  public static final int UPLOAD_MAX = 2 * 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!request.hasEntity()) {
      return;
    }
    MediaType type = request.getMediaType();
    boolean upload = type != null && (type.isCompatible(MediaType.valueOf("text/csv")) || type.isCompatible(MediaType.TEXT_PLAIN_TYPE));
    int limit = upload ? UPLOAD_MAX : JSON_MAX;
    if (request.getLength() > limit) {
      throw tooLarge(limit);
    }
    request.setEntityStream(new Bounded(request.getEntityStream(), limit));
  }

  static ApiException tooLarge(int limit) {
    return new ApiException(413, "too_large", "The request body is too large: at most " + limit / 1024 + " KB here.");
  }

  private static final class Bounded extends FilterInputStream {
    private final int limit;
    private long read;

    Bounded(InputStream in, int limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        // Unchecked on purpose: an IOException here is taken for a broken connection and never
        // reaches the error mappers; this one does, or is found among the reader's causes.
        throw tooLarge(limit);
      }
    }
  }
}
