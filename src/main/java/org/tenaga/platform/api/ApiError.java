package org.tenaga.platform.api;


import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;

/** Every error body of the API: a stable code, a sentence for a person, and field problems (absent when null: JSON-B skips nulls). */
@JsonbPropertyOrder({"error", "message", "fields"})
public record ApiError(String error, String message, Map<String, String> fields) {

  public ApiError(String error, String message) {
    this(error, message, null);
  }
}
