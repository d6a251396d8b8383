package org.tenaga.platform.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** A page request, checked: page ≥ 0, 1 ≤ size ≤ max. */
public record Paging(int page, int size) {

  public static Paging of(Integer page, Integer size, int defaultSize, int maxSize) {
    Map<String, String> problems = problems(page, size, maxSize);
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    return new Paging(page == null ? 0 : page, size == null ? defaultSize : size);
  }

  /** The problems of a page request by field, for endpoints that report them with others. */
  public static Map<String, String> problems(Integer page, Integer size, int maxSize) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (page != null && page < 0) {
      problems.put("page", "must be 0 or more");
    }
    if (size != null && (size < 1 || size > maxSize)) {
      problems.put("size", "must be between 1 and " + maxSize);
    }
    return problems;
  }
}
