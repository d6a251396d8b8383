package org.tenaga.inclusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The statistics engine: how many people reached a stage in a slice, broken down by up to two
 * dimensions, read from the rollups. Every page, chart, export and API figure comes from here
 * (through {@link InclusionReports}, which adds scope and suppression).
 *
 * <p>Counting unit: people. In a slice and stage each learner counts once, in the cell of their
 * earliest enrolment in the slice that reached the stage. The rollups hold exactly that for each
 * base (ALL, each commitment, each course of these), so a whole base is read from its totals or
 * cells; a slice narrower than its base (a country, a period, cascade reach) is counted from this
 * instance's copy of the reaches ({@link ReachIndex}), every learner at their earliest reach
 * inside it.
 */
@ApplicationScoped
public class InclusionStatistics {

  @Inject RollupStore store;
  @Inject ReachIndex reachIndex;

  /** People in a slice at a stage by some dimensions: count per key (category codes in order), and the total. */
  public record Breakdown(List<Dimension> by, Map<List<String>, Long> counts, long total) {
    public long count(List<String> key) {
      return counts.getOrDefault(key, 0L);
    }
  }

  /**
   * People at a stage in a slice, by each of the projections (lists of 0–2 dimensions), in one
   * consistent reading of the rollups (a whole base's cells are read again if a change committed
   * meanwhile).
   */
  @Transactional
  public List<Breakdown> people(Slice slice, Stage stage, List<List<Dimension>> projections) {
    if (!slice.isEmpty() && !slice.wholeBase()) {
      return reachIndex.people(slice, stage, projections);
    }
    for (int attempt = 0; ; attempt++) {
      OptionalLong before = store.version();
      List<Breakdown> result = read(slice, stage, projections);
      if (before.equals(store.version()) || attempt == 10) {
        return result;
      }
    }
  }

  /** Enrolments (at CERTIFIED: certificates) at a stage in a slice; not people. */
  @Transactional
  public long reaches(Slice slice, Stage stage) {
    if (slice.isEmpty()) {
      return 0;
    }
    if (slice.wholeBase()) {
      return store.total(slice.base(), stage).reaches();
    }
    long[] n = {0};
    store.forEachCell(slice, stage, cell -> n[0] += cell.reaches());
    return n[0];
  }

  /** A whole base (or nothing): its totals when only the demographics are asked for, else its cells. */
  private List<Breakdown> read(Slice slice, Stage stage, List<List<Dimension>> projections) {
    List<Map<List<String>, Long>> counts = new ArrayList<>();
    projections.forEach(p -> counts.add(new HashMap<>()));
    long[] total = {0};
    if (!slice.isEmpty()) {
      boolean demographicOnly = projections.stream().flatMap(List::stream).allMatch(Dimension::isDemographic);
      if (demographicOnly) {
        ProfileCounts.forEach(store.total(slice.base(), stage).people(), (profile, n) -> {
          total[0] += n;
          add(projections, counts, null, profile, n);
        });
      } else {
        store.forEachCell(slice, stage, cell -> ProfileCounts.forEach(cell.people(), (profile, n) -> {
          total[0] += n;
          add(projections, counts, cell.cell(), profile, n);
        }));
      }
    }
    List<Breakdown> out = new ArrayList<>();
    for (int i = 0; i < projections.size(); i++) {
      out.add(new Breakdown(List.copyOf(projections.get(i)), Map.copyOf(counts.get(i)), total[0]));
    }
    return out;
  }

  private static void add(List<List<Dimension>> projections, List<Map<List<String>, Long>> counts, Reach.Cell cell, int profile, long n) {
    for (int i = 0; i < projections.size(); i++) {
      List<Dimension> by = projections.get(i);
      List<String> key = new ArrayList<>(by.size());
      for (Dimension d : by) {
        key.add(category(d, cell, profile));
      }
      counts.get(i).merge(key, n, Long::sum);
    }
  }

  static String category(Dimension d, Reach.Cell cell, int profile) {
    return switch (d) {
      case COUNTRY -> cell.country();
      case COURSE -> cell.course();
      case QUARTER -> quarter(cell.month());
      default -> Profile.category(profile, d);
    };
  }

  /** {@code 2026-Q1}. */
  public static String quarter(YearMonth m) {
    return m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1);
  }
}
