package org.tenaga.inclusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Logger;

/**
 * This instance's copy of the recorded reaches ({@link ReachColumns}), which counts the slices
 * narrower than a base: a country's drill-down, a period, a course, cascade reach.
 *
 * <p>The database stays the truth. Before counting, the copy catches up with the committed
 * rollups: every writer records in {@code inclusion_change} which learners its version recounted,
 * so the copy rereads just those learners' reaches (or everything after a rebuild). So every
 * Tenaga instance on one database counts the same, whichever instance made the change.
 */
@ApplicationScoped
public class ReachIndex {

  private static final Logger LOG = Logger.getLogger(ReachIndex.class.getName());

  /** Learner ids read per statement while loading everything. */
  private static final long LOAD_CHUNK = 20_000;

  /** How far behind the copy may fall before reading everything is cheaper and safe (the log is pruned). */
  private static final long CATCH_UP_LIMIT = RollupStore.CHANGES_KEPT / 2;

  @Inject RollupStore store;

  private final ReentrantReadWriteLock columnsLock = new ReentrantReadWriteLock();
  private final ReentrantLock catchingUp = new ReentrantLock();
  /** Guarded by columnsLock. */
  private ReachColumns columns = new ReachColumns();
  /** The rollups' state the columns hold; null before the first load. Guarded by catchingUp. */
  private RollupStore.Stamp held;

  /** People at a stage in a slice, by each projection, as the committed rollups stand. */
  @Transactional
  public List<InclusionStatistics.Breakdown> people(Slice slice, Stage stage, List<List<Dimension>> projections) {
    catchUp();
    columnsLock.readLock().lock();
    try {
      return columns.count(slice, stage, projections);
    } finally {
      columnsLock.readLock().unlock();
    }
  }

  /**
   * Brings the copy up to the committed rollups. A catch-up rereads each changed learner once and
   * is repeated until the version stands still around it: a transaction that committed during a
   * round had its learners logged under a newer version, which the next round rereads, so the
   * copy ends in one committed state (under a constant stream of writes it stops after a few
   * rounds, holding a state at most moments old).
   */
  @Transactional
  public void catchUp() {
    catchingUp.lock();
    try {
      for (int round = 0; round < 10; round++) {
        Optional<RollupStore.Stamp> now = store.stamp();
        if (now.isEmpty()) {
          swap(new ReachColumns());
          held = null;
          return;
        }
        RollupStore.Stamp at = now.get();
        if (at.equals(held)) {
          return;
        }
        if (held == null || !held.build().equals(at.build()) || at.version() < held.version() || at.version() - held.version() > CATCH_UP_LIMIT) {
          swap(loadEverything());
        } else {
          Set<Long> learners = store.learnersChanged(held.version(), at.version());
          Map<Long, List<Reach>> reaches = store.reachesOfLearners(learners);
          columnsLock.writeLock().lock();
          try {
            learners.forEach(id -> columns.replace(id, reaches.getOrDefault(id, List.of())));
          } finally {
            columnsLock.writeLock().unlock();
          }
        }
        held = at;
      }
    } finally {
      catchingUp.unlock();
    }
  }

  private ReachColumns loadEverything() {
    long t0 = System.nanoTime();
    ReachColumns loaded = new ReachColumns();
    Optional<long[]> range = store.reachLearnerRange();
    if (range.isPresent()) {
      for (long lo = range.get()[0]; lo <= range.get()[1]; lo += LOAD_CHUNK) {
        store.reachesOfLearners(lo, lo + LOAD_CHUNK).forEach(loaded::load);
      }
    }
    LOG.info(String.format("Inclusion reaches loaded for counting: %,d in %d ms", loaded.size(), (System.nanoTime() - t0) / 1_000_000));
    return loaded;
  }

  private void swap(ReachColumns fresh) {
    columnsLock.writeLock().lock();
    try {
      columns = fresh;
    } finally {
      columnsLock.writeLock().unlock();
    }
  }
}
