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
    for (Long learner : learners) {
      List<RecordedReach> before = store.recordedReaches(learner);
      List<RecordedReach> after = RecordedReach.of(reachesOf(store.factsOfLearner(learner)), bases);
      if (new HashSet<>(before).equals(new HashSet<>(after))) {
        continue;
      }
      change.add(before, bases, -1);
      change.add(after, bases, +1);
      store.replaceRecordedReaches(learner, after);
    }
    if (!store.apply(change)) {
      store.markStale();
    }
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

  /** Recomputes every rollup from the raw enrolment and certificate rows. */
  @Transactional
  public RebuildReport rebuild() {
    em.flush();
    store.lockForRebuild(OffsetDateTime.now(clock));
    return rebuildLocked();
  }

  private RebuildReport rebuildLocked() {
    long t0 = System.nanoTime();
    List<Base> bases = definitions.current();
    store.reset(bases, OffsetDateTime.now(clock));
    store.recordCascadeCohorts(store.cascadeCohorts());
    long[] learners = {0};
    long reaches;
    try (RollupStore.ReachWriter writer = store.reachWriter()) {
      store.forEachLearnersFacts(facts -> {
        learners[0]++;
        RecordedReach.of(reachesOf(facts), bases).forEach(writer::add);
      });
      reaches = writer.written();
    }
    long t1 = System.nanoTime();
    // Second pass, cell by cell: people where a reach is a learner's earliest, reaches where inside.
    Map<String, Map<Stage, Map<Integer, Integer>>> totalPeople = new HashMap<>();
    Map<String, Map<Stage, Integer>> totalReaches = new HashMap<>();
    long cells;
    try (RollupStore.CellWriter cellWriter = store.cellWriter()) {
      store.forEachCell(cell -> {
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
          Map<Integer, Integer> total = totalPeople.computeIfAbsent(b.code(), k -> new EnumMap<>(Stage.class)).computeIfAbsent(cell.stage(), k -> new HashMap<>());
          people.forEach((p, n) -> total.merge(p, n, Integer::sum));
          totalReaches.computeIfAbsent(b.code(), k -> new EnumMap<>(Stage.class)).merge(cell.stage(), inside, Integer::sum);
        }
      });
      cellWriter.close();
      cells = cellWriter.written();
    }
    Set<String> codes = new TreeSet<>(totalPeople.keySet());
    codes.addAll(totalReaches.keySet());
    for (String base : codes) {
      for (Stage stage : Stage.values()) {
        Map<Integer, Integer> people = totalPeople.getOrDefault(base, Map.of()).getOrDefault(stage, Map.of());
        int n = totalReaches.getOrDefault(base, Map.of()).getOrDefault(stage, 0);
        if (n > 0 || !people.isEmpty()) {
          store.insertTotal(base, stage, ProfileCounts.format(people), n);
        }
      }
    }
    long t2 = System.nanoTime();
    RebuildReport report = new RebuildReport(learners[0], reaches, cells, (t2 - t0) / 1_000_000, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    LOG.info("Inclusion rollups rebuilt from the raw rows: " + report);
    return report;
  }

  private static Map<String, String> definitionsOf(List<Base> bases) {
    Map<String, String> out = new java.util.TreeMap<>();
    bases.forEach(b -> out.put(b.code(), b.definition()));
    return out;
  }
}
