package org.tenaga.inclusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

  static final int K = 5;

  @Test
  void countsFromOneToKMinusOneAreWithheldZerosAndLargeCountsAreNot() {
    boolean[] hidden = SmallCellSuppression.oneWay(new long[] {0, 4, 5, 3, 120}, K);
    assertArrayEquals(new boolean[] {false, true, false, true, false}, hidden);
  }

  @Test
  void aTotalAndExactlyOneSmallCellWouldGiveItAwaySoTheNextSmallestIsWithheldToo() {
    // Women 2, men 30, other 40, total 72 published: 72 − 30 − 40 would be the 2.
    boolean[] hidden = SmallCellSuppression.oneWay(new long[] {2, 40, 30, 0}, K);
    assertArrayEquals(new boolean[] {true, false, true, false}, hidden);
  }

  @Test
  void theComplementIsAnotherCellWithPeopleRatherThanAGuessableZero() {
    boolean[] hidden = SmallCellSuppression.oneWay(new long[] {0, 3, 0, 11, 9}, K);
    assertArrayEquals(new boolean[] {false, true, false, false, true}, hidden);
  }

  @Test
  void aZeroIsTheComplementOnlyWhenTheLineHasNothingElse() {
    // Total 13, one small cell, everything else empty but one large: the large one is taken.
    assertArrayEquals(new boolean[] {true, false, true}, SmallCellSuppression.oneWay(new long[] {3, 0, 10}, K));
    // Two-way: row 0 is [3, 0] — its only other cell is a zero, which must then be hidden.
    SmallCellSuppression.Result r = SmallCellSuppression.twoWay(new long[][] {{3, 0}, {20, 30}}, K);
    assertTrue(r.cells()[0][0] && r.cells()[0][1]);
  }

  @Test
  void twoSmallCellsProtectEachOtherAndNothingElseIsHidden() {
    assertArrayEquals(new boolean[] {true, true, false}, SmallCellSuppression.oneWay(new long[] {1, 4, 50}, K));
  }

  @Test
  void aSliceWhoseWholeTotalIsBelowKIsWithheldWholeZerosIncluded() {
    SmallCellSuppression.Result r = SmallCellSuppression.twoWay(new long[][] {{1, 0, 2, 0}}, K);
    assertTrue(r.total());
    assertArrayEquals(new boolean[] {true, true, true, true}, r.cells()[0]);
    SmallCellSuppression.Result empty = SmallCellSuppression.twoWay(new long[][] {{0, 0}, {0, 0}}, K);
    assertFalse(empty.any(), "nobody at all is not a small number");
  }

  @Test
  void inATwoWayTableNoRowAndNoColumnHoldsExactlyOneWithheldCell() {
    long[][] counts = {
      {40, 2, 35, 50},
      {30, 25, 28, 3},
      {60, 45, 70, 80},
    };
    SmallCellSuppression.Result r = SmallCellSuppression.twoWay(counts, K);
    assertLinesProtected(counts, r.cells());
    assertTrue(r.cells()[0][1] && r.cells()[1][3], "the primary cells");
  }

  @Test
  void secondarySuppressionCascadesUntilEveryLineIsSafe() {
    // Hiding (0,1)'s complement in row 0 creates a lone hidden cell in another column, and so on.
    long[][] counts = {
      {1, 6, 7, 9},
      {8, 10, 12, 11},
      {9, 14, 13, 15},
    };
    SmallCellSuppression.Result r = SmallCellSuppression.twoWay(counts, K);
    assertLinesProtected(counts, r.cells());
  }

  @Test
  void aTwoWayTableWithOneRowIsSuppressedLikeTheOneWayTableOfItsColumns() {
    long[] line = {3, 20, 0, 9};
    SmallCellSuppression.Result two = SmallCellSuppression.twoWay(new long[][] {line}, K);
    assertArrayEquals(SmallCellSuppression.oneWay(line, K), two.cells()[0]);
    long[][] column = {{3}, {20}, {0}, {9}};
    boolean[][] hidden = SmallCellSuppression.twoWay(column, K).cells();
    for (int i = 0; i < line.length; i++) {
      assertTrue(hidden[i][0] == two.cells()[0][i]);
    }
  }

  @Test
  void withKOfOneNothingIsSmall() {
    assertArrayEquals(new boolean[] {false, false}, SmallCellSuppression.oneWay(new long[] {1, 2}, 1));
  }

  @Test
  void randomTablesAlwaysEndWithEverySmallCellHiddenAndNoLoneHiddenCellInAnyLine() {
    Random random = new Random(20260601);
    for (int round = 0; round < 2000; round++) {
      int rows = 1 + random.nextInt(5);
      int cols = 1 + random.nextInt(9);
      long[][] counts = new long[rows][cols];
      for (long[] row : counts) {
        for (int c = 0; c < cols; c++) {
          int kind = random.nextInt(4);
          row[c] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(K - 1) : random.nextInt(60);
        }
      }
      boolean[][] hidden = SmallCellSuppression.twoWay(counts, K).cells();
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          if (counts[r][c] >= 1 && counts[r][c] < K) {
            assertTrue(hidden[r][c], "small cell shown in round " + round);
          }
        }
      }
      assertLinesProtected(counts, hidden);
      assertArrayEquals(hidden, SmallCellSuppression.twoWay(counts, K).cells(), "the same table hides the same cells");
    }
  }

  /** Every line of more than one cell holds zero or at least two hidden cells. */
  static void assertLinesProtected(long[][] counts, boolean[][] hidden) {
    int rows = counts.length;
    int cols = counts[0].length;
    if (cols > 1) {
      for (int r = 0; r < rows; r++) {
        int n = 0;
        for (int c = 0; c < cols; c++) {
          n += hidden[r][c] ? 1 : 0;
        }
        assertNotEquals(1, n, "row " + r + " has a lone hidden cell");
      }
    }
    if (rows > 1) {
      for (int c = 0; c < cols; c++) {
        int n = 0;
        for (int r = 0; r < rows; r++) {
          n += hidden[r][c] ? 1 : 0;
        }
        assertNotEquals(1, n, "column " + c + " has a lone hidden cell");
      }
    }
  }
}
