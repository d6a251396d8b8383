package org.tenaga.inclusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cells of a rebuild, counted while the reaches are recorded, so that the rebuild never reads
 * its millions of reach rows back: per stage and cell the reaches, and per base, stage, cell and
 * profile the people (one for each recorded reach that is a learner's earliest in the base).
 *
 * <p>People are tallied as packed keys (base, stage, cell, profile) appended to a buffer that is
 * sorted and merged into counts when it fills: a few bytes per distinct key, whatever the number
 * of enrolments, and the counts come out in the order the cells are written.
 */
final class CellTally {

  private static final int PROFILE_BITS = 10;
  private static final int CELL_BITS = 26;
  private static final int STAGE_BITS = 3;
  private static final int BUFFER = 1 << 22;

  static {
    if (Profile.COUNT > 1 << PROFILE_BITS || Stage.values().length > 1 << STAGE_BITS) {
      throw new IllegalStateException("CellTally's key does not fit the profiles or stages");
    }
  }

  private final List<Base> bases;
  private final Map<String, Integer> baseIndex = new HashMap<>();
  private final Map<Reach.Cell, Integer> cellIndex = new HashMap<>();
  private final List<Reach.Cell> cells = new ArrayList<>();
  /** reaches[stage][cell]. */
  private final int[][] reaches = new int[Stage.values().length][];

  private final long[] pending;
  private int pendingSize;
  private long[] keys = new long[0];
  private int[] counts = new int[0];

  CellTally(List<Base> bases) {
    this(bases, BUFFER);
  }

  CellTally(List<Base> bases, int buffer) {
    this.bases = List.copyOf(bases);
    this.pending = new long[buffer];
    for (int i = 0; i < bases.size(); i++) {
      baseIndex.put(bases.get(i).code(), i);
    }
    Arrays.setAll(reaches, s -> new int[1024]);
  }

  /** Counts one recorded reach: a reach in its cell, a person in each base where it comes first. */
  void add(RecordedReach rr) {
    Reach r = rr.reach();
    int cell = cellIndex.computeIfAbsent(r.cell(), c -> {
      cells.add(c);
      return cells.size() - 1;
    });
    int stage = r.stage().ordinal();
    if (cell >= reaches[stage].length) {
      for (int s = 0; s < reaches.length; s++) {
        reaches[s] = Arrays.copyOf(reaches[s], Math.max(cell + 1, reaches[s].length * 2));
      }
    }
    reaches[stage][cell]++;
    for (String base : rr.firstIn()) {
      Integer b = baseIndex.get(base);
      if (b != null) {
        if (pendingSize == pending.length) {
          compact();
        }
        pending[pendingSize++] = key(b, stage, cell, r.profile());
      }
    }
  }

  /** A cell of a base at a stage as it is to be stored. */
  record CellCount(Base base, Stage stage, Reach.Cell cell, Map<Integer, Integer> people, int reaches) {}

  /**
   * Every cell of every base that has people or reaches inside the base, base by base and stage by
   * stage (the order the keys sort in).
   */
  void forEachCell(java.util.function.Consumer<CellCount> visitor) {
    compact();
    int k = 0;
    for (int b = 0; b < bases.size(); b++) {
      Base base = bases.get(b);
      for (Stage stage : Stage.values()) {
        int[] atStage = reaches[stage.ordinal()];
        for (int c = 0; c < cells.size(); c++) {
          if (atStage[c] == 0) {
            continue; // no reach at this stage in this cell: no person either
          }
          long cellKey = key(b, stage.ordinal(), c, 0);
          Map<Integer, Integer> people = new TreeMap<>();
          while (k < keys.length && (keys[k] & ~profileMask()) == cellKey) {
            people.put((int) (keys[k] & profileMask()), counts[k]);
            k++;
          }
          Reach.Cell cell = cells.get(c);
          int inside = base.contains(cell) ? atStage[c] : 0;
          if (inside > 0 || !people.isEmpty()) {
            visitor.accept(new CellCount(base, stage, cell, people, inside));
          }
        }
      }
    }
    if (k != keys.length) {
      throw new IllegalStateException("people tallied in a cell without reaches");
    }
  }

  private static long profileMask() {
    return (1L << PROFILE_BITS) - 1;
  }

  private static long key(int base, int stage, int cell, int profile) {
    if (cell >= 1 << CELL_BITS) {
      throw new IllegalStateException("more cells than a rebuild can count: " + cell);
    }
    return ((((long) base << STAGE_BITS | stage) << CELL_BITS | cell) << PROFILE_BITS) | profile;
  }

  /** Sorts the buffer and merges it into the counts. */
  private void compact() {
    Arrays.sort(pending, 0, pendingSize);
    long[] mergedKeys = new long[keys.length + pendingSize];
    int[] mergedCounts = new int[mergedKeys.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < keys.length || j < pendingSize) {
      long next = j == pendingSize || (i < keys.length && keys[i] <= pending[j]) ? keys[i] : pending[j];
      int count = 0;
      if (i < keys.length && keys[i] == next) {
        count += counts[i++];
      }
      while (j < pendingSize && pending[j] == next) {
        count++;
        j++;
      }
      mergedKeys[n] = next;
      mergedCounts[n++] = count;
    }
    keys = Arrays.copyOf(mergedKeys, n);
    counts = Arrays.copyOf(mergedCounts, n);
    pendingSize = 0;
  }
}
