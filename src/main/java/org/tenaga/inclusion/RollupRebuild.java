package org.tenaga.inclusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The steps of recounting the rollups from the raw rows: empty them; record every learner's
 * reaches, a range of learners at a time; build the cells of each base, a stage and country at a
 * time, adding up the bases' totals; write the totals and the bases' definitions. An admin's
 * rebuild runs them in one transaction; the start-up rebuild of a large database commits step by
 * step (nothing else runs before Tenaga is ready, and a rebuild cut short is done again).
 */
@ApplicationScoped
public class RollupRebuild {

  @Inject RollupStore store;

  /** The bases' totals, added up over the cells. */
  public static final class Totals {
    final Map<String, Map<Stage, Map<Integer, Integer>>> people = new HashMap<>();
    final Map<String, Map<Stage, Integer>> reaches = new HashMap<>();
    long cells;
    long learners;
    long reachRows;
  }

  /** Empties the rollups and records which cohorts count as cascade now. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reset() {
    store.reset();
    store.recordCascadeCohorts(store.cascadeCohorts());
  }

  /** Records the reaches of the learners with ids in [lo, hi). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordLearners(long lo, long hi, Set<Long> cascadeCohorts, List<Base> bases, Totals totals) {
    try (RollupStore.ReachWriter writer = store.reachWriter()) {
      store.forEachLearnersFacts(lo, hi, cascadeCohorts, facts -> {
        totals.learners++;
        RecordedReach.of(facts.stream().flatMap(f -> Reach.of(f).stream()).toList(), bases).forEach(writer::add);
      });
      writer.close();
      totals.reachRows += writer.written();
    }
  }

  /** Builds the cells of every base for one stage and country: people where a reach is a learner's earliest, reaches where inside. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void buildCells(Stage stage, String country, List<Base> bases, Totals totals) {
    try (RollupStore.CellWriter cellWriter = store.cellWriter()) {
      store.forEachCell(stage, country, cell -> {
        for (Base b : bases) {
          Map<Integer, Integer> people = new HashMap<>();
          int inside = b.contains(cell.cell()) ? cell.reaches() : 0;
          for (RollupStore.ReachGroup g : cell.groups()) {
            if (g.firstIn().contains(b.code())) {
              people.merge(g.profile(), g.reaches(), Integer::sum);
            }
          }
          if (inside == 0 && people.isEmpty()) {
            continue;
          }
          cellWriter.add(b.code(), cell.stage(), cell.cell(), ProfileCounts.format(people), inside);
          Map<Integer, Integer> total = totals.people.computeIfAbsent(b.code(), k -> new EnumMap<>(Stage.class)).computeIfAbsent(cell.stage(), k -> new HashMap<>());
          people.forEach((p, n) -> total.merge(p, n, Integer::sum));
          totals.reaches.computeIfAbsent(b.code(), k -> new EnumMap<>(Stage.class)).merge(cell.stage(), inside, Integer::sum);
        }
      });
      cellWriter.close();
      totals.cells += cellWriter.written();
    }
  }

  /** Writes the bases' totals and definitions: from now on the rollups are built. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void finish(List<Base> bases, Totals totals, OffsetDateTime at) {
    Set<String> codes = new TreeSet<>(totals.people.keySet());
    codes.addAll(totals.reaches.keySet());
    for (String base : codes) {
      for (Stage stage : Stage.values()) {
        Map<Integer, Integer> people = totals.people.getOrDefault(base, Map.of()).getOrDefault(stage, Map.of());
        int n = totals.reaches.getOrDefault(base, Map.of()).getOrDefault(stage, 0);
        if (n > 0 || !people.isEmpty()) {
          store.insertTotal(base, stage, ProfileCounts.format(people), n);
        }
      }
    }
    store.recordDefinitions(bases, at);
  }

  // The same steps, each committed on its own (the start-up rebuild).

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void resetAlone() {
    reset();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordLearnersAlone(long lo, long hi, Set<Long> cascadeCohorts, List<Base> bases, Totals totals) {
    recordLearners(lo, hi, cascadeCohorts, bases, totals);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void buildCellsAlone(Stage stage, String country, List<Base> bases, Totals totals) {
    buildCells(stage, country, bases, totals);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finishAlone(List<Base> bases, Totals totals, OffsetDateTime at) {
    finish(bases, totals, at);
  }

  /** Facts the steps need read once: the cascade cohorts, the learner ids, the countries. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Set<Long> cascadeCohortsAlone() {
    return store.cascadeCohorts();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public java.util.Optional<long[]> learnerRangeAlone() {
    return store.learnerRange();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> reachCountriesAlone() {
    return store.reachCountries();
  }
}
