package org.tenaga.platform.api;

/** A page request, checked: page ≥ 0, 1 ≤ size ≤ max. */
public record Paging(int page, int size) {

  public static Paging of(Integer page, Integer size, int defaultSize, int maxSize) {
    int p = page == null ? 0 : page;
    int s = size == null ? defaultSize : size;
    java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
    if (p < 0) {
      problems.put("page", "must be 0 or more");
    }
    if (s < 1 || s > maxSize) {
      problems.put("size", "must be between 1 and " + maxSize);
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    return new Paging(p, s);
  }
}
