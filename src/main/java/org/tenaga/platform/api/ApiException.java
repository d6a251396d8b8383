package org.tenaga.platform.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal with an HTTP status, a stable error code and a message for a person; validation
 * refusals name each field and its problem.
 */
public class ApiException extends RuntimeException {

  private final int status;
  private final String code;
  private final Map<String, String> fields;

  public ApiException(int status, String code, String message) {
    this(status, code, message, null);
  }

  public ApiException(int status, String code, String message, Map<String, String> fields) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields == null ? null : Map.copyOf(new LinkedHashMap<>(fields));
  }

  public static ApiException notFound(String what) {
    return new ApiException(404, "not_found", what + " does not exist.");
  }

  public static ApiException forbidden(String message) {
    return new ApiException(403, "forbidden", message);
  }

  public static ApiException invalid(Map<String, String> fields) {
    String first = fields.entrySet().iterator().next().toString().replace("=", ": ");
    return new ApiException(
        400, "validation_failed", "The request has " + fields.size() + " invalid field(s), e.g. " + first + ".", fields);
  }

  public static ApiException invalid(String field, String problem) {
    return invalid(Map.of(field, problem));
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Map<String, String> fields() {
    return fields;
  }

  public ApiError toError() {
    return new ApiError(code, getMessage(), fields);
  }
}
