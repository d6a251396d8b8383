package org.tenaga.inclusion;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.tenaga.certification.CertificateRevoked;
import org.tenaga.certification.CohortCompleted;
import org.tenaga.enrolment.EnrolmentChanged;

/**
 * Keeps the inclusion rollups exact in the same transaction as every change they summarise, and
 * rebuilds them from the raw rows.
 *
 * <p>A change recomputes the reaches of the learners it touched from their raw rows, compares
 * them with what the rollups recorded, and applies the difference: in every base, one person at
 * the learner's earliest reach of each stage, one reach per enrolment. Writers take one lock (the
 * ALL row of {@code inclusion_base}) as the last lock of their transaction, so they cannot
 * deadlock on cohorts, and readers can tell from its version whether they read one state.
 */
@ApplicationScoped
public class InclusionRollups {

  private static final Logger LOG = Logger.getLogger(InclusionRollups.class.getName());
  private static final String DEFERRED = InclusionRollups.class.getName() + ".deferred";

  @PersistenceContext private EntityManager em;
  @Inject RollupStore store;
  @Inject BaseDefinitions definitions;
  @Inject RollupRebuild steps;
  @Inject Clock clock;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  /** What a rebuild counted, and how long its two passes took. */
  public record RebuildReport(long learners, long reaches, long cells, long millis, long reachMillis, long cellMillis) {}

  void enrolmentChanged(@Observes EnrolmentChanged event) {
    refresh(List.of(event.enrolment().getLearner().getId()));
  }

  void cohortCompleted(@Observes CohortCompleted event) {
    if (!isDeferred()) {
      em.flush();
      refresh(store.learnersOfCohort(event.cohort().getId()));
    }
  }

  void certificateRevoked(@Observes CertificateRevoked event) {
    refresh(List.of(event.certificate().getLearner().getId()));
  }

  /**
   * Bulk loads that rebuild at their end (the demo seed replays thousands of changes in one
   * transaction) skip the per-change work for the rest of the transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void deferToRebuild() {
    transactions.putResource(DEFERRED, Boolean.TRUE);
  }

  private boolean isDeferred() {
    return Boolean.TRUE.equals(transactions.getResource(DEFERRED));
  }

  /** Brings the rollups up to date with the raw rows of these learners, in this transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void refresh(Collection<Long> learnerIds) {
    if (isDeferred()) {
      return;
    }
    em.flush();
    if (!store.lockForChange()) {
      return; // never built: the first build counts everything
    }
    java.util.Optional<List<Base>> built = store.bases();
    if (built.isEmpty()) {
      return; // a rebuild is due and will count everything
    }
    List<Base> bases = built.get();
    Set<Long> learners = new TreeSet<>(learnerIds);
    // A trainer's qualification came or went (a revoked train-the-trainer certificate withdraws
    // the one it earned): the learners of the cohorts whose cascade status changed are recounted.
    Set<Long> cascade = store.cascadeCohorts();
    Set<Long> recorded = store.recordedCascadeCohorts();
    if (!cascade.equals(recorded)) {
      Set<Long> changed = new HashSet<>(cascade);
      changed.addAll(recorded);
      Set<Long> unchanged = new HashSet<>(cascade);
      unchanged.retainAll(recorded);
      changed.removeAll(unchanged);
      learners.addAll(store.learnersOfCohorts(changed));
      store.recordCascadeCohorts(cascade);
    }
    RollupChange change = new RollupChange();
    Set<Long> recounted = new TreeSet<>();
    for (Long learner : learners) {
      List<RecordedReach> before = store.recordedReaches(learner);
      List<RecordedReach> after = RecordedReach.of(reachesOf(store.factsOfLearner(learner)), bases);
      if (new HashSet<>(before).equals(new HashSet<>(after))) {
        continue;
      }
      change.add(before, bases, -1);
      change.add(after, bases, +1);
      store.replaceRecordedReaches(learner, after);
      recounted.add(learner);
    }
    if (!store.apply(change)) {
      store.markStale();
    }
    // For every instance's copy of the reaches (ReachIndex): which learners this version changed.
    store.recordChanges(store.version().orElseThrow(), recounted);
  }

  private static List<Reach> reachesOf(List<EnrolmentFacts> facts) {
    return facts.stream().flatMap(f -> Reach.of(f).stream()).toList();
  }

  /** Whether the cohorts the rollups count as cascade are the ones trainers' qualifications make so now. */
  @Transactional
  public boolean isCascadeCurrent() {
    return store.cascadeCohorts().equals(store.recordedCascadeCohorts());
  }

  /** Whether the rollups were built for these bases (the ones the data defines now). */
  @Transactional
  public boolean isCurrent(List<Base> current) {
    return store.definitions().equals(definitionsOf(current));
  }

  /**
   * Rebuilds, in the caller's transaction, when the rollups were never built or a commitment or
   * the catalogue changed since they were.
   */
  @Transactional
  public boolean rebuildIfStale() {
    if (isCurrent(definitions.current())) {
      return false;
    }
    store.lockForRebuild(OffsetDateTime.now(clock));
    if (isCurrent(definitions.current())) {
      return false; // someone rebuilt while we waited for the lock
    }
    rebuildLocked();
    return true;
  }

  /**
   * At start-up, before Tenaga is ready: rebuilds stale rollups committing step by step, so a
   * large database is recounted without one huge transaction.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public boolean rebuildAtStartIfStale() {
    if (self().isCurrentAlone()) {
      return false;
    }
    long t0 = System.nanoTime();
    self().lockAlone();
    List<Base> bases = self().currentDefinitionsAlone();
    RollupRebuild.Totals totals = new RollupRebuild.Totals(bases);
    steps.resetAlone();
    Set<Long> cascade = steps.cascadeCohortsAlone();
    Optional<long[]> range = steps.learnerRangeAlone();
    if (range.isPresent()) {
      for (long lo = range.get()[0]; lo <= range.get()[1]; lo += RollupStore.learnerChunk()) {
        steps.recordLearnersAlone(lo, lo + RollupStore.learnerChunk(), cascade, bases, totals);
      }
    }
    long indexesFrom = System.nanoTime();
    steps.createReachIndexesAlone();
    long t1 = System.nanoTime();
    LOG.info("Inclusion reach rows' indexes built in " + (t1 - indexesFrom) / 1_000_000 + " ms");
    steps.writeCellsAlone(totals);
    steps.finishAlone(bases, totals, OffsetDateTime.now(clock));
    long t2 = System.nanoTime();
    LOG.info("Inclusion rollups rebuilt from the raw rows at start-up: " + report(totals, t0, t1, t2));
    return true;
  }

  // The steps of rebuildAtStartIfStale, each its own transaction (public: only public methods of a
  // bean are intercepted).

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean isCurrentAlone() {
    return isCurrent(definitions.current());
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void lockAlone() {
    store.lockForRebuild(OffsetDateTime.now(clock));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Base> currentDefinitionsAlone() {
    return definitions.current();
  }

  private InclusionRollups self() {
    return jakarta.enterprise.inject.spi.CDI.current().select(InclusionRollups.class).get();
  }

  /** Recomputes every rollup from the raw enrolment and certificate rows, in this transaction. */
  @Transactional
  public RebuildReport rebuild() {
    em.flush();
    store.lockForRebuild(OffsetDateTime.now(clock));
    return rebuildLocked();
  }

  private RebuildReport rebuildLocked() {
    long t0 = System.nanoTime();
    List<Base> bases = definitions.current();
    RollupRebuild.Totals totals = new RollupRebuild.Totals(bases);
    steps.reset();
    Set<Long> cascade = store.cascadeCohorts();
    Optional<long[]> range = store.learnerRange();
    if (range.isPresent()) {
      for (long lo = range.get()[0]; lo <= range.get()[1]; lo += RollupStore.learnerChunk()) {
        steps.recordLearners(lo, lo + RollupStore.learnerChunk(), cascade, bases, totals);
      }
    }
    long t1 = System.nanoTime();
    steps.writeCells(totals);
    steps.finish(bases, totals, OffsetDateTime.now(clock));
    RebuildReport report = report(totals, t0, t1, System.nanoTime());
    LOG.info("Inclusion rollups rebuilt from the raw rows: " + report);
    return report;
  }

  private static RebuildReport report(RollupRebuild.Totals totals, long t0, long t1, long t2) {
    return new RebuildReport(totals.learners, totals.reachRows, totals.cells, (t2 - t0) / 1_000_000, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
  }

  private static Map<String, String> definitionsOf(List<Base> bases) {
    Map<String, String> out = new java.util.TreeMap<>();
    bases.forEach(b -> out.put(b.code(), b.definition()));
    return out;
  }
}
