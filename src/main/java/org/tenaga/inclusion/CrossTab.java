package org.tenaga.inclusion;

import java.util.List;
import java.util.Optional;

/**
 * A published cross-tab: people at a stage in a slice, one row per combination of categories
 * (zeros included), with shares of the total. For donors it is already suppressed: a withheld
 * cell has no count and no share, and displays {@code <k}.
 *
 * @param k the suppression threshold applied, or null when the figures are exact
 */
public record CrossTab(Stage stage, List<Dimension> by, List<Row> rows, Long total, String totalDisplay, Integer k) {

  /** One combination of categories (codes, in the order of {@code by}). */
  public record Row(List<String> key, Long count, Double share, String display) {
    public boolean withheld() {
      return count == null;
    }
  }

  public CrossTab {
    by = List.copyOf(by);
    rows = List.copyOf(rows);
  }

  public Optional<Row> row(String... key) {
    List<String> wanted = List.of(key);
    return rows.stream().filter(r -> r.key().equals(wanted)).findFirst();
  }

  /** The categories of the i-th dimension, in row order. */
  public List<String> categories(int i) {
    return rows.stream().map(r -> r.key().get(i)).distinct().toList();
  }

  public boolean anyWithheld() {
    return (total == null && totalDisplay != null && totalDisplay.startsWith("<")) || rows.stream().anyMatch(Row::withheld);
  }
}
