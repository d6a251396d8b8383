package org.tenaga.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure into the uniform {@code {error, message, fields}} body. */
public final class ErrorMappers {

  private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

  private ErrorMappers() {}

  static Response respond(int status, ApiError error) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
  }

  /** Refusals the application raised on purpose. */
  @Provider
  public static class ApiExceptionMapper implements ExceptionMapper<ApiException> {
    @Override
    public Response toResponse(ApiException e) {
      return respond(e.status(), e.toError());
    }
  }

  /** Bean Validation on resource parameters and records: 400 naming each field. */
  @Provider
  public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      Map<String, String> fields = new TreeMap<>();
      for (ConstraintViolation<?> v : e.getConstraintViolations()) {
        fields.merge(fieldName(v.getPropertyPath().toString()), v.getMessage(), (a, b) -> a + "; " + b);
      }
      return respond(400, ApiException.invalid(fields).toError());
    }

    /** "create.arg0.capacity" → "capacity". */
    static String fieldName(String path) {
      String[] parts = path.split("\\.");
      int start = 0;
      while (start < parts.length - 1 && (start == 0 || parts[start].startsWith("arg") || parts[start].equals("request"))) {
        start++;
      }
      return String.join(".", java.util.Arrays.copyOfRange(parts, start, parts.length));
    }
  }

  /** A body over its bound, wherever the reading stopped: the answer is 413, never a parse error. */
  static Response tooLargeAmongCauses(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ApiException a && a.status() == 413) {
        return respond(413, a.toError());
      }
    }
    return null;
  }

  /** Body that is not JSON or does not fit the expected shape. */
  @Provider
  public static class JsonMapper implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      Response tooLarge = tooLargeAmongCauses(e);
      if (tooLarge != null) {
        return tooLarge;
      }
      return respond(400, new ApiError("malformed_json", "The body is not valid JSON of the expected shape: " + rootMessage(e)));
    }
  }

  /** Jersey wraps JSON parse errors in a ProcessingException. */
  @Provider
  public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      Response tooLarge = tooLargeAmongCauses(e);
      if (tooLarge != null) {
        return tooLarge;
      }
      Throwable cause = e;
      while (cause != null) {
        if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
          return respond(400, new ApiError("malformed_json", "The body is not valid JSON of the expected shape: " + rootMessage(e)));
        }
        cause = cause.getCause();
      }
      LOG.log(Level.SEVERE, "API processing failure", e);
      return respond(500, new ApiError("internal_error", "Something went wrong on our side; nothing was changed."));
    }
  }

  /** JAX-RS's own refusals (404 route, 405, 415, …) in the uniform body. */
  @Provider
  public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response tooLarge = tooLargeAmongCauses(e);
      if (tooLarge != null) {
        return tooLarge;
      }
      int status = e.getResponse().getStatus();
      String code;
      String message;
      if (e instanceof NotFoundException) {
        code = "not_found";
        message = "No such resource.";
      } else if (e instanceof NotAllowedException) {
        code = "method_not_allowed";
        message = "This resource does not support that method.";
      } else if (e instanceof NotSupportedException) {
        code = "unsupported_media_type";
        message = "The body's Content-Type is not supported here.";
      } else if (e instanceof NotAuthorizedException) {
        code = "unauthorized";
        message = "Log in first (HTTP Basic or a bearer token).";
      } else if (status == 413) {
        code = "too_large";
        message = "The request body is too large.";
      } else {
        code = status >= 500 ? "internal_error" : "bad_request";
        message = e.getMessage() == null ? "The request cannot be served." : e.getMessage();
      }
      if (status >= 500) {
        LOG.log(Level.SEVERE, "API failure", e);
      }
      Response.ResponseBuilder builder = Response.fromResponse(e.getResponse()).entity(new ApiError(code, message)).type(MediaType.APPLICATION_JSON_TYPE);
      return builder.build();
    }
  }

  /** Anything unexpected: logged in full, answered without internals. */
  @Provider
  public static class UnexpectedMapper implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      Response tooLarge = tooLargeAmongCauses(e);
      if (tooLarge != null) {
        return tooLarge;
      }
      if (e instanceof IllegalArgumentException) {
        return respond(400, new ApiError("bad_request", e.getMessage()));
      }
      LOG.log(Level.SEVERE, "Unexpected API failure", e);
      return respond(500, new ApiError("internal_error", "Something went wrong on our side; nothing was changed."));
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : (m.length() > 200 ? m.substring(0, 200) + "…" : m);
  }
}
