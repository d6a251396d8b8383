package org.tenaga.inclusion;

import java.util.Map;
import java.util.TreeMap;

/**
 * People per demographic profile as the rollup tables store them: {@code profile:count;...} in
 * profile order, zero counts left out. Parsing allocates nothing, because the engine reads many.
 */
public final class ProfileCounts {

  /** Receives one profile and its count. */
  @FunctionalInterface
  public interface Visitor {
    void visit(int profile, int count);
  }

  private ProfileCounts() {}

  public static void forEach(String text, Visitor visitor) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int profile = 0;
      char ch;
      while ((ch = text.charAt(i++)) != ':') {
        profile = profile * 10 + (ch - '0');
      }
      int count = 0;
      boolean negative = false;
      while (i < n && (ch = text.charAt(i)) != ';') {
        if (ch == '-') {
          negative = true;
        } else {
          count = count * 10 + (ch - '0');
        }
        i++;
      }
      i++;
      visitor.visit(profile, negative ? -count : count);
    }
  }

  public static TreeMap<Integer, Integer> parse(String text) {
    TreeMap<Integer, Integer> map = new TreeMap<>();
    forEach(text, (p, c) -> map.merge(p, c, Integer::sum));
    return map;
  }

  public static String format(Map<Integer, Integer> counts) {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(counts).forEach((p, c) -> {
      if (c != 0) {
        if (out.length() > 0) {
          out.append(';');
        }
        out.append(p).append(':').append(c);
      }
    });
    return out.toString();
  }

  /** The sum of two encodings (a stored count and a change), zeros dropped. */
  public static String plus(String text, Map<Integer, Integer> delta) {
    TreeMap<Integer, Integer> sum = parse(text);
    delta.forEach((p, c) -> sum.merge(p, c, Integer::sum));
    return format(sum);
  }
}
