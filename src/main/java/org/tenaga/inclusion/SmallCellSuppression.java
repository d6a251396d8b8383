package org.tenaga.inclusion;

/**
 * Small-cell suppression of the tables donors see (DESIGN.md "Inclusion metrics"), as a pure
 * algorithm over counts.
 *
 * <ol>
 *   <li>Primary: a count from 1 to k−1 is suppressed.
 *   <li>A table whose total is itself from 1 to k−1 is suppressed whole, zeros included: with so
 *       few people, even which cells are empty says too much.
 *   <li>Secondary: every total a donor can obtain counts as published — the table's total, and in
 *       a two-way table each row and column total, which the one-way query gives. So in every line
 *       (the one-way table; each row and each column of a two-way table) a suppressed cell never
 *       stands alone: the next smallest cell of that line is suppressed too, repeated until no
 *       line holds exactly one suppressed cell. The next smallest is taken among the cells with
 *       people first, because a hidden zero protects little when a reader can guess it; a zero is
 *       taken only when the line has nothing else.
 * </ol>
 *
 * <p>A two-way table with a single row (or column) is the one-way table of its other dimension,
 * whose totals are the same numbers: it is suppressed exactly as that one-way table. Ties go to
 * the first cell in the table's order, so the same table always hides the same cells.
 */
public final class SmallCellSuppression {

  private SmallCellSuppression() {}

  /** Which cells (and whether the total) to withhold. */
  public record Result(boolean[][] cells, boolean total) {
    public boolean any() {
      if (total) {
        return true;
      }
      for (boolean[] row : cells) {
        for (boolean b : row) {
          if (b) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** A one-way table: one line of counts. */
  public static boolean[] oneWay(long[] counts, int k) {
    return twoWay(new long[][] {counts}, k).cells()[0];
  }

  /**
   * A two-way table, {@code counts[row][column]}; a one-way table is a single row.
   *
   * @param k the threshold: counts from 1 to k−1 are small (k ≥ 1; k = 1 suppresses nothing)
   */
  public static Result twoWay(long[][] counts, int k) {
    int rows = counts.length;
    int cols = rows == 0 ? 0 : counts[0].length;
    boolean[][] hidden = new boolean[rows][cols];
    long total = 0;
    for (long[] row : counts) {
      for (long c : row) {
        total += c;
      }
    }
    if (isSmall(total, k)) {
      for (boolean[] row : hidden) {
        java.util.Arrays.fill(row, true);
      }
      return new Result(hidden, true);
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        hidden[r][c] = isSmall(counts[r][c], k);
      }
    }
    // Lines: the whole one-way table, or each row (when there are several columns) and each
    // column (when there are several rows). A single-cell line is its own total elsewhere.
    boolean changed = true;
    while (changed) {
      changed = false;
      if (cols > 1) {
        for (int r = 0; r < rows; r++) {
          int[][] line = new int[cols][];
          for (int c = 0; c < cols; c++) {
            line[c] = new int[] {r, c};
          }
          changed |= protect(line, counts, hidden);
        }
      }
      if (rows > 1) {
        for (int c = 0; c < cols; c++) {
          int[][] line = new int[rows][];
          for (int r = 0; r < rows; r++) {
            line[r] = new int[] {r, c};
          }
          changed |= protect(line, counts, hidden);
        }
      }
    }
    return new Result(hidden, false);
  }

  static boolean isSmall(long count, int k) {
    return count >= 1 && count < k;
  }

  /** Hides the next smallest cell of a line with exactly one hidden cell; true when it did. */
  private static boolean protect(int[][] line, long[][] counts, boolean[][] hidden) {
    int hiddenCount = 0;
    for (int[] at : line) {
      if (hidden[at[0]][at[1]]) {
        hiddenCount++;
      }
    }
    if (hiddenCount != 1) {
      return false;
    }
    int[] best = null;
    for (int[] at : line) {
      if (hidden[at[0]][at[1]]) {
        continue;
      }
      long v = counts[at[0]][at[1]];
      if (best == null || rank(v) < rank(counts[best[0]][best[1]])) {
        best = at;
      }
    }
    if (best == null) {
      return false;
    }
    hidden[best[0]][best[1]] = true;
    return true;
  }

  /** Cells with people come before empty ones, then by size. */
  private static long rank(long count) {
    return count == 0 ? Long.MAX_VALUE : count;
  }
}
