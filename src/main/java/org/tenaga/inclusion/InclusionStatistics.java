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
 * base (ALL, each commitment); for a slice narrower than its base, a learner whose earliest
 * enrolment in the base lies outside the slice but who has another inside is added at their
 * earliest one inside — only learners who reached the stage more than once (for a country's
 * drill-down: in more than one country) can be such, and their reaches are the only per-learner
 * rows ever read.
 */
@ApplicationScoped
public class InclusionStatistics {

  @Inject RollupStore store;

  /** People in a slice at a stage by some dimensions: count per key (category codes in order), and the total. */
  public record Breakdown(List<Dimension> by, Map<List<String>, Long> counts, long total) {
    public long count(List<String> key) {
      return counts.getOrDefault(key, 0L);
    }
  }

  /**
   * People at a stage in a slice, by each of the projections (lists of 0–2 dimensions), in one
   * consistent reading of the rollups.
   */
  @Transactional
  public List<Breakdown> people(Slice slice, Stage stage, List<List<Dimension>> projections) {
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

  private List<Breakdown> read(Slice slice, Stage stage, List<List<Dimension>> projections) {
    List<Map<List<String>, Long>> counts = new ArrayList<>();
    projections.forEach(p -> counts.add(new HashMap<>()));
    long[] total = {0};
    if (!slice.isEmpty()) {
      boolean demographicOnly = projections.stream().flatMap(List::stream).allMatch(Dimension::isDemographic);
      if (slice.wholeBase() && demographicOnly) {
        ProfileCounts.forEach(store.total(slice.base(), stage).people(), (profile, n) -> {
          total[0] += n;
          add(projections, counts, null, profile, n);
        });
      } else {
        store.forEachCell(slice, stage, cell -> ProfileCounts.forEach(cell.people(), (profile, n) -> {
          total[0] += n;
          add(projections, counts, cell.cell(), profile, n);
        }));
        if (!slice.wholeBase()) {
          for (Reach r : addedBySlice(slice, stage)) {
            total[0]++;
            add(projections, counts, r.cell(), r.profile(), 1);
          }
        }
      }
    }
    List<Breakdown> out = new ArrayList<>();
    for (int i = 0; i < projections.size(); i++) {
      out.add(new Breakdown(List.copyOf(projections.get(i)), Map.copyOf(counts.get(i)), total[0]));
    }
    return out;
  }

  /**
   * Learners the base counts outside the slice (their earliest reach in the base is not in it)
   * who have a reach inside: each at their earliest reach inside the slice.
   */
  private List<Reach> addedBySlice(Slice slice, Stage stage) {
    return addedBySlice(slice.base().code(), visitor -> store.forEachRepeatedReach(slice, stage, visitor));
  }

  /**
   * The correction of a narrowed slice, given the reaches inside it of the learners it may have to
   * recount ({@link Slice#mayNeedRecount}): for each such learner, the earliest reach inside,
   * unless the base already counts the learner there (it is their earliest in the base too).
   */
  static List<Reach> addedBySlice(String base, java.util.function.Consumer<java.util.function.Consumer<RecordedReach>> repeatedInSlice) {
    Map<Long, RecordedReach> earliest = new HashMap<>();
    repeatedInSlice.accept(rr -> earliest.merge(rr.reach().learnerId(), rr,
        (a, b) -> Reach.EARLIEST_FIRST.compare(a.reach(), b.reach()) <= 0 ? a : b));
    List<Reach> added = new ArrayList<>();
    for (RecordedReach rr : earliest.values()) {
      if (!rr.firstIn().contains(base)) {
        added.add(rr.reach());
      }
    }
    return added;
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
