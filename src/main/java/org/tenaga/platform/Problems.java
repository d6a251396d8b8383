package org.tenaga.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request's problems by field. As a map it holds the English texts the API has always answered
 * with ({@code {"fullName": "is required"}}); it also keeps each problem's message key, so a page
 * shows the same problems in the reader's language. A copy into another map keeps only the
 * English, which a page then shows as it is.
 */
public final class Problems extends LinkedHashMap<String, String> {

  private static final long serialVersionUID = 1L;

  private final Map<String, Problem> problems = new LinkedHashMap<>();

  /** The field's problem, from the message bundle; replaces an earlier one of the same field. */
  public Problems add(String field, String key, Object... args) {
    return add(field, Problem.of(key, args));
  }

  public Problems add(String field, Problem problem) {
    problems.put(field, problem);
    super.put(field, problem.english());
    return this;
  }

  /** The field's problem unless it already has one. */
  public Problems addIfAbsent(String field, String key, Object... args) {
    if (!containsKey(field)) {
      add(field, key, args);
    }
    return this;
  }

  /** Every problem added here, and those of another map (English texts only, for a plain map). */
  public Problems addAll(Map<String, String> others) {
    if (others instanceof Problems p) {
      p.problems().forEach(this::add);
    } else {
      others.forEach((field, text) -> add(field, Problem.literal(text)));
    }
    return this;
  }

  /** Each field's problem; a text put into the map directly is a literal (English) problem. */
  public Map<String, Problem> problems() {
    Map<String, Problem> all = new LinkedHashMap<>();
    forEach((field, text) -> all.put(field, problems.containsKey(field) && problems.get(field).english().equals(text)
        ? problems.get(field) : Problem.literal(text)));
    return Collections.unmodifiableMap(all);
  }

  /** The problems of a plain map of English texts. */
  public static Map<String, Problem> of(Map<String, String> fields) {
    if (fields instanceof Problems p) {
      return p.problems();
    }
    Map<String, Problem> all = new LinkedHashMap<>();
    fields.forEach((field, text) -> all.put(field, Problem.literal(text)));
    return all;
  }
}
