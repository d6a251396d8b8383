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
 * reaches, a range of learners at a time, tallying the cells as they go ({@link CellTally});
 * write the cells of every base, adding up the bases' totals; write the totals and the bases'
 * definitions. An admin's rebuild runs them in one transaction; the start-up rebuild of a large
 * database commits step by step (nothing else runs before Tenaga is ready, and a rebuild cut
 * short is done again) and builds the reach rows' indexes once, after the rows.
 */
@ApplicationScoped
public class RollupRebuild {

  @Inject RollupStore store;

  /** The bases' totals, added up over the cells. */
  public static final class Totals {
    final CellTally tally;
    final Map<String, Map<Stage, Map<Integer, Integer>>> people = new HashMap<>();
    final Map<String, Map<Stage, Integer>> reaches = new HashMap<>();
    long cells;
    long learners;
    long reachRows;

    public Totals(List<Base> bases) {
      tally = new CellTally(bases);
    }
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
        for (RecordedReach rr : RecordedReach.of(facts.stream().flatMap(f -> Reach.of(f).stream()).toList(), bases)) {
          writer.add(rr);
          totals.tally.add(rr);
        }
      });
      writer.close();
      totals.reachRows += writer.written();
    }
  }

  /** Writes the tallied cells of every base: people where a reach is a learner's earliest, reaches where inside. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void writeCells(Totals totals) {
    try (RollupStore.CellWriter cellWriter = store.cellWriter()) {
      totals.tally.forEachCell(c -> {
        cellWriter.add(c.base().code(), c.stage(), c.cell(), ProfileCounts.format(c.people()), c.reaches());
        Map<Integer, Integer> total = totals.people.computeIfAbsent(c.base().code(), k -> new EnumMap<>(Stage.class)).computeIfAbsent(c.stage(), k -> new HashMap<>());
        c.people().forEach((p, n) -> total.merge(p, n, Integer::sum));
        totals.reaches.computeIfAbsent(c.base().code(), k -> new EnumMap<>(Stage.class)).merge(c.stage(), c.reaches(), Integer::sum);
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

  /** Empties the rollups and drops the reach rows' indexes, to be built after the rows. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void resetAlone() {
    store.dropReachIndexesAndRows();
    reset();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void createReachIndexesAlone() {
    store.createReachIndexes();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordLearnersAlone(long lo, long hi, Set<Long> cascadeCohorts, List<Base> bases, Totals totals) {
    recordLearners(lo, hi, cascadeCohorts, bases, totals);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void writeCellsAlone(Totals totals) {
    writeCells(totals);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finishAlone(List<Base> bases, Totals totals, OffsetDateTime at) {
    finish(bases, totals, at);
  }

  /** Facts the steps need read once: the cascade cohorts, the learner ids. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Set<Long> cascadeCohortsAlone() {
    return store.cascadeCohorts();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public java.util.Optional<long[]> learnerRangeAlone() {
    return store.learnerRange();
  }
}
