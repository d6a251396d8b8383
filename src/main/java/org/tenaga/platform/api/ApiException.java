package org.tenaga.platform.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tenaga.platform.Problem;
import org.tenaga.platform.Problems;

/**
 * A refusal with an HTTP status, a stable error code and a message for a person; validation
 * refusals name each field and its problem. The API answers in English; pages show the same
 * message and problems in the reader's language ({@link #problem()}, {@link #fieldProblems()}).
 */
public class ApiException extends RuntimeException {

  private final int status;
  private final String code;
  private final Problem problem;
  private final Map<String, String> fields;
  private final Map<String, Problem> fieldProblems;

  public ApiException(int status, String code, String message) {
    this(status, code, Problem.literal(message), null);
  }

  public ApiException(int status, String code, Problem message) {
    this(status, code, message, null);
  }

  public ApiException(int status, String code, String message, Map<String, String> fields) {
    this(status, code, Problem.literal(message), fields);
  }

  public ApiException(int status, String code, Problem message, Map<String, String> fields) {
    super(message.english());
    this.status = status;
    this.code = code;
    this.problem = message;
    this.fields = fields == null ? null : Map.copyOf(new LinkedHashMap<>(fields));
    this.fieldProblems = fields == null ? null : Problems.of(fields);
  }

  public static ApiException notFound(String what) {
    return new ApiException(404, "not_found", what + " does not exist.");
  }

  public static ApiException forbidden(String message) {
    return new ApiException(403, "forbidden", message);
  }

  public static ApiException forbidden(Problem message) {
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

  /** The message, as a page shows it in its language (the API's is {@link #getMessage()}). */
  public Problem problem() {
    return problem;
  }

  /** Each field's problem in English, as the API answers; null when the refusal names no field. */
  public Map<String, String> fields() {
    return fields;
  }

  /** Each field's problem, in field order, for a page to show in its language; null when none. */
  public Map<String, Problem> fieldProblems() {
    return fieldProblems;
  }

  public ApiError toError() {
    return new ApiError(code, getMessage(), fields);
  }
}
