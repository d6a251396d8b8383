package org.tenaga.inclusion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the rollup tables must add (or, negated, take away) for some learners' recorded reaches:
 * in each base and stage, one person at the learner's earliest reach, and one reach for every
 * enrolment inside the base. The difference of a learner's contribution after and before a
 * change is exactly the change to apply.
 */
public final class RollupChange {

  /** A cell of a base at a stage. */
  public record CellKey(String base, Stage stage, Reach.Cell cell) implements Comparable<CellKey> {
    @Override
    public int compareTo(CellKey o) {
      int c = base.compareTo(o.base);
      if (c == 0) {
        c = stage.compareTo(o.stage);
      }
      return c != 0 ? c : cell.compareTo(o.cell);
    }
  }

  /** A whole base at a stage. */
  public record TotalKey(String base, Stage stage) implements Comparable<TotalKey> {
    @Override
    public int compareTo(TotalKey o) {
      int c = base.compareTo(o.base);
      return c != 0 ? c : stage.compareTo(o.stage);
    }
  }

  /** People per profile and reaches to add. */
  public static final class Delta {
    final Map<Integer, Integer> people = new HashMap<>();
    int reaches;

    void add(Integer profile, int n) {
      people.merge(profile, n, Integer::sum);
    }

    boolean isZero() {
      return reaches == 0 && people.values().stream().allMatch(v -> v == 0);
    }

    public Map<Integer, Integer> people() {
      return people;
    }

    public int reaches() {
      return reaches;
    }
  }

  private final TreeMap<CellKey, Delta> cells = new TreeMap<>();
  private final TreeMap<TotalKey, Delta> totals = new TreeMap<>();

  /** Adds (sign +1) or takes away (sign −1) a learner's recorded reaches. */
  public void add(List<RecordedReach> recorded, List<Base> bases, int sign) {
    for (RecordedReach rr : recorded) {
      Reach r = rr.reach();
      for (Base b : bases) {
        boolean inside = b.contains(r);
        boolean first = rr.firstIn().contains(b.code());
        if (!inside && !first) {
          continue;
        }
        Delta cell = cells.computeIfAbsent(new CellKey(b.code(), r.stage(), r.cell()), k -> new Delta());
        Delta total = totals.computeIfAbsent(new TotalKey(b.code(), r.stage()), k -> new Delta());
        if (inside) {
          cell.reaches += sign;
          total.reaches += sign;
        }
        if (first) {
          cell.add(r.profile(), sign);
          total.add(r.profile(), sign);
        }
      }
    }
  }

  /** The non-zero changes to cells, in key order (the order rows are locked in). */
  public Map<CellKey, Delta> cells() {
    TreeMap<CellKey, Delta> out = new TreeMap<>();
    cells.forEach((k, d) -> {
      if (!d.isZero()) {
        out.put(k, d);
      }
    });
    return out;
  }

  public Map<TotalKey, Delta> totals() {
    TreeMap<TotalKey, Delta> out = new TreeMap<>();
    totals.forEach((k, d) -> {
      if (!d.isZero()) {
        out.put(k, d);
      }
    });
    return out;
  }

  public boolean isEmpty() {
    return cells().isEmpty() && totals().isEmpty();
  }

  /** Bases by code, for lookups. */
  static Set<String> codes(List<Base> bases) {
    return Set.copyOf(bases.stream().map(Base::code).toList());
  }
}
