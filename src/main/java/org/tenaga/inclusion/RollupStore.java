package org.tenaga.inclusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The rollup tables and the raw rows they summarise, in plain SQL (one statement set for H2 and
 * PostgreSQL) on the transaction's own connection, so every statement is in the caller's
 * transaction and sees its flushed changes. Large reads go in chunks, large writes in batches.
 */
@ApplicationScoped
public class RollupStore {

  private static final Logger LOG = Logger.getLogger(RollupStore.class.getName());

  /** Learner ids per chunk of a full read. */
  private static final long LEARNER_CHUNK = 5_000;

  /** Rows per JDBC batch. */
  private static final int INSERT_ROWS = 1000;

  @PersistenceContext private EntityManager em;

  /** The raw facts of enrolments; the cascade flag is worked out separately, per cohort. */
  private static final String FACTS =
      "SELECT e.id, e.learner_id, e.status, CASE WHEN e.enrolled_at IS NULL THEN FALSE ELSE TRUE END,"
          + " e.snap_gender, e.snap_age, e.snap_locality, e.snap_disability, e.snap_sector,"
          + " co.code, c.country_code, c.start_date, c.end_date, c.status, cert.issued_on, cert.status, c.id"
          + " FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN course co ON co.id = c.course_id"
          + " LEFT JOIN certificate cert ON cert.enrolment_id = e.id";

  /** Cohorts taught by a trainer qualified for the cohort's course by a certificate: the cascade. */
  private static final String CASCADE_COHORTS =
      "SELECT DISTINCT ct.cohort_id FROM cohort_trainer ct JOIN cohort c ON c.id = ct.cohort_id"
          + " JOIN course co ON co.id = c.course_id"
          + " JOIN trainer_qualification q ON q.trainer_id = ct.trainer_id AND q.course_code = co.code"
          + " WHERE q.source = 'CERTIFICATE'";

  private static final String REACH_COLUMNS =
      "enrolment_id, stage, learner_id, course_code, country, period_month, via_cascade, starts_on, profile, repeated, spans_countries, spans_courses, first_in";

  // --- raw facts ---

  /** Every enrolment of one learner, as facts. */
  public List<EnrolmentFacts> factsOfLearner(long learnerId) {
    Set<Long> cascade = longs(CASCADE_COHORTS + " AND ct.cohort_id IN (SELECT cohort_id FROM enrolment WHERE learner_id = ?1)", learnerId);
    return rows(FACTS + " WHERE e.learner_id = ?1", learnerId).stream().map(r -> facts(r, cascade)).toList();
  }

  /** The lowest and highest learner id with an enrolment; empty without enrolments. */
  public Optional<long[]> learnerRange() {
    Object[] range = rows("SELECT MIN(learner_id), MAX(learner_id) FROM enrolment").get(0);
    return range[0] == null ? Optional.empty() : Optional.of(new long[] {number(range[0]).longValue(), number(range[1]).longValue()});
  }

  /** How many learner ids a rebuild reads at a time. */
  public static long learnerChunk() {
    return LEARNER_CHUNK;
  }

  /** The facts of the learners with ids from {@code lo} (included) to {@code hi} (excluded), learner by learner. */
  public void forEachLearnersFacts(long lo, long hi, Set<Long> cascadeCohorts, Consumer<List<EnrolmentFacts>> perLearner) {
    List<EnrolmentFacts> current = new ArrayList<>();
    // Ordered by the learner alone, the rows come in the learner index's order without a sort of
    // the whole chunk; each learner's few are put in enrolment order here.
    Comparator<EnrolmentFacts> byEnrolment = Comparator.comparingLong(EnrolmentFacts::enrolmentId);
    for (Object[] r : rows(FACTS + " WHERE e.learner_id >= ?1 AND e.learner_id < ?2 ORDER BY e.learner_id", lo, hi)) {
      EnrolmentFacts f = facts(r, cascadeCohorts);
      if (!current.isEmpty() && current.get(0).learnerId() != f.learnerId()) {
        current.sort(byEnrolment);
        perLearner.accept(current);
        current = new ArrayList<>();
      }
      current.add(f);
    }
    if (!current.isEmpty()) {
      current.sort(byEnrolment);
      perLearner.accept(current);
    }
  }

  private static EnrolmentFacts facts(Object[] r, Set<Long> cascadeCohorts) {
    return new EnrolmentFacts(
        number(r[0]).longValue(), number(r[1]).longValue(), (String) r[2], bool(r[3]), (String) r[4],
        r[5] == null ? null : number(r[5]).intValue(), (String) r[6], (String) r[7], (String) r[8],
        (String) r[9], (String) r[10], date(r[11]), date(r[12]), (String) r[13], date(r[14]), (String) r[15],
        cascadeCohorts.contains(number(r[16]).longValue()));
  }

  /** The learners with a place (of any status) in a cohort. */
  public List<Long> learnersOfCohort(long cohortId) {
    return new ArrayList<>(longs("SELECT learner_id FROM enrolment WHERE cohort_id = ?1", cohortId));
  }

  /** The learners with a place in any of these cohorts. */
  public List<Long> learnersOfCohorts(Set<Long> cohortIds) {
    Set<Long> out = new java.util.TreeSet<>();
    for (Long id : cohortIds) {
      out.addAll(learnersOfCohort(id));
    }
    return new ArrayList<>(out);
  }

  // --- the cascade ---

  /** Cohorts taught now by a trainer qualified for the course by a train-the-trainer certificate. */
  public Set<Long> cascadeCohorts() {
    return longs(CASCADE_COHORTS);
  }

  /** The cascade cohorts the rollups counted. */
  public Set<Long> recordedCascadeCohorts() {
    return longs("SELECT cohort_id FROM inclusion_cascade");
  }

  public void recordCascadeCohorts(Set<Long> now) {
    Set<Long> before = recordedCascadeCohorts();
    for (Long gone : before) {
      if (!now.contains(gone)) {
        update("DELETE FROM inclusion_cascade WHERE cohort_id = ?1", gone);
      }
    }
    for (Long added : now) {
      if (!before.contains(added)) {
        update("INSERT INTO inclusion_cascade (cohort_id) VALUES (?1)", added);
      }
    }
  }

  // --- bases and the writers' lock ---

  /**
   * Takes the writers' lock for the rest of the transaction and moves the version on.
   *
   * @return false when the rollups were never built (nothing to keep up to date)
   */
  public boolean lockForChange() {
    return update("UPDATE inclusion_base SET version = version + 1 WHERE base_code = ?1", Base.ALL_CODE) == 1;
  }

  /** The version readers compare before and after reading; empty before the first build. */
  public OptionalLong version() {
    List<Object> v = column("SELECT version FROM inclusion_base WHERE base_code = ?1", Base.ALL_CODE);
    return v.isEmpty() ? OptionalLong.empty() : OptionalLong.of(number(v.get(0)).longValue());
  }

  /** The definitions the rollups were built for, by base code ("stale" or "never built" when a rebuild is due). */
  public Map<String, String> definitions() {
    Map<String, String> out = new TreeMap<>();
    for (Object[] r : rows("SELECT base_code, definition FROM inclusion_base")) {
      out.put((String) r[0], (String) r[1]);
    }
    return out;
  }

  /** The bases the rollups hold, as they were built; empty when a rebuild is due. */
  public Optional<List<Base>> bases() {
    List<Base> out = new ArrayList<>();
    for (Map.Entry<String, String> d : definitions().entrySet()) {
      if (!d.getValue().startsWith("courses=")) {
        return Optional.empty();
      }
      out.add(Base.parse(d.getKey(), d.getValue()));
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out);
  }

  /** Makes the next reader rebuild: used when a change could not be applied consistently. */
  public void markStale() {
    update("UPDATE inclusion_base SET definition = ?1 WHERE base_code = ?2", "stale", Base.ALL_CODE);
  }

  // --- recorded reaches ---

  public List<RecordedReach> recordedReaches(long learnerId) {
    return rows("SELECT " + REACH_COLUMNS + " FROM inclusion_reach WHERE learner_id = ?1", learnerId).stream().map(RollupStore::recorded).toList();
  }

  private static RecordedReach recorded(Object[] r) {
    return new RecordedReach(reach(r), bool(r[9]), bool(r[10]), bool(r[11]), RecordedReach.parseFirstIn((String) r[12]));
  }

  /** The reach in the first nine of {@link #REACH_COLUMNS}. */
  private static Reach reach(Object[] r) {
    return new Reach(number(r[0]).longValue(), Stage.valueOf((String) r[1]), number(r[2]).longValue(), (String) r[3], (String) r[4],
        YearMonth.from(date(r[5])), bool(r[6]), date(r[7]), number(r[8]).intValue());
  }

  private static final String REACH_ONLY_COLUMNS = "enrolment_id, stage, learner_id, course_code, country, period_month, via_cascade, starts_on, profile";

  /** The lowest and highest learner id with a recorded reach; empty without any. */
  public Optional<long[]> reachLearnerRange() {
    Object[] range = rows("SELECT MIN(learner_id), MAX(learner_id) FROM inclusion_reach").get(0);
    return range[0] == null ? Optional.empty() : Optional.of(new long[] {number(range[0]).longValue(), number(range[1]).longValue()});
  }

  /** The recorded reaches of the learners with ids from {@code lo} (included) to {@code hi} (excluded), by learner. */
  public Map<Long, List<Reach>> reachesOfLearners(long lo, long hi) {
    return byLearner(rows("SELECT " + REACH_ONLY_COLUMNS + " FROM inclusion_reach WHERE learner_id >= ?1 AND learner_id < ?2", lo, hi));
  }

  /** Learner ids per statement of {@link #reachesOfLearners(Set)} (PostgreSQL takes at most 32,767 parameters). */
  private static final int LEARNERS_PER_READ = 1000;

  /**
   * The recorded reaches of these learners, by learner, a thousand learners a statement (a
   * reader that needs one committed state checks the version around the read).
   */
  public Map<Long, List<Reach>> reachesOfLearners(Set<Long> learnerIds) {
    Map<Long, List<Reach>> out = new TreeMap<>();
    List<Long> ids = new ArrayList<>(learnerIds);
    for (int from = 0; from < ids.size(); from += LEARNERS_PER_READ) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + LEARNERS_PER_READ));
      StringBuilder sql = new StringBuilder("SELECT " + REACH_ONLY_COLUMNS + " FROM inclusion_reach WHERE learner_id IN (");
      for (int i = 1; i <= chunk.size(); i++) {
        sql.append(i == 1 ? "" : ", ").append('?').append(i);
      }
      out.putAll(byLearner(rows(sql.append(')').toString(), chunk.toArray())));
    }
    return out;
  }

  private static Map<Long, List<Reach>> byLearner(List<Object[]> rows) {
    Map<Long, List<Reach>> out = new TreeMap<>();
    for (Object[] r : rows) {
      Reach reach = reach(r);
      out.computeIfAbsent(reach.learnerId(), k -> new ArrayList<>()).add(reach);
    }
    return out;
  }

  // --- the change log: which learners each committed version recounted ---

  /**
   * Versions the change log keeps; a reader further behind reads every reach again. A writer
   * prunes it now and then.
   */
  static final long CHANGES_KEPT = 100_000;

  /** Records, in the writer's transaction, the learners its version recounted. */
  public void recordChanges(long version, Set<Long> learnerIds) {
    List<Object> values = new ArrayList<>();
    for (Long id : learnerIds) {
      values.add(version);
      values.add(id);
    }
    for (int from = 0; from < values.size(); from += 2 * INSERT_ROWS) {
      insert("inclusion_change", "version, learner_id", 2, values.subList(from, Math.min(values.size(), from + 2 * INSERT_ROWS)));
    }
    if (version % 1000 == 0) {
      update("DELETE FROM inclusion_change WHERE version <= ?1", version - CHANGES_KEPT);
    }
  }

  /** The learners recounted by the versions after {@code after} up to {@code upTo}. */
  public Set<Long> learnersChanged(long after, long upTo) {
    return new java.util.TreeSet<>(longs("SELECT DISTINCT learner_id FROM inclusion_change WHERE version > ?1 AND version <= ?2", after, upTo));
  }

  /**
   * The state of the rollups a reader compares with what it holds: which build (a rebuild or a
   * stale mark changes it) and the committed version within it.
   */
  public record Stamp(String build, long version) {}

  /** The rollups' stamp; empty before the first build. */
  public Optional<Stamp> stamp() {
    List<Object[]> r = rows("SELECT definition, built_at, version FROM inclusion_base WHERE base_code = ?1", Base.ALL_CODE);
    return r.isEmpty() ? Optional.empty()
        : Optional.of(new Stamp(r.get(0)[0] + "@" + r.get(0)[1], number(r.get(0)[2]).longValue()));
  }

  public void replaceRecordedReaches(long learnerId, List<RecordedReach> reaches) {
    update("DELETE FROM inclusion_reach WHERE learner_id = ?1", learnerId);
    try (ReachWriter w = reachWriter()) {
      reaches.forEach(w::add);
    }
  }

  /**
   * The secondary indexes of {@code inclusion_reach}, as the migrations create them (a unit test
   * checks they agree). The start-up rebuild drops all but {@link #KEPT_WHILE_REBUILDING} and
   * builds them once after writing the rows: a B-tree filled in random key order is rewritten at
   * every commit, which made writing millions of reach rows a hundred times slower than the rows
   * alone. Reads are by learner only (narrowed slices are counted in memory, {@link ReachIndex}).
   */
  static final Map<String, String> REACH_INDEXES = Map.of("inclusion_reach_learner_idx", "learner_id");

  /**
   * For the start-up rebuild, which commits step by step while nothing else runs: drops the
   * reach rows' indexes and empties the table with TRUNCATE (DELETE goes row by row through every
   * index; H2's TRUNCATE commits the transaction, which only this step can afford).
   */
  public void dropReachIndexesAndRows() {
    REACH_INDEXES.keySet().stream().filter(name -> !name.equals(KEPT_WHILE_REBUILDING)).forEach(name -> update("DROP INDEX IF EXISTS " + name));
    update("TRUNCATE TABLE inclusion_reach");
  }

  /**
   * A rebuild writes the reach rows learner by learner in id order, so the learner index grows at
   * its end and costs less kept than built again (building the others is half the rebuild).
   */
  private static final String KEPT_WHILE_REBUILDING = "inclusion_reach_learner_idx";

  public void createReachIndexes() {
    REACH_INDEXES.forEach((name, columns) -> update("CREATE INDEX IF NOT EXISTS " + name + " ON inclusion_reach (" + columns + ")"));
  }

  public ReachWriter reachWriter() {
    return new ReachWriter();
  }

  /** Inserts recorded reaches in multi-row statements; closing writes the last one. */
  public final class ReachWriter implements AutoCloseable {
    private final List<Object> pending = new ArrayList<>();
    private int rows;
    private long written;

    public void add(RecordedReach rr) {
      Reach r = rr.reach();
      pending.addAll(List.of(r.enrolmentId(), r.stage().name(), r.learnerId(), r.course(), r.country(), r.month().atDay(1), r.viaCascade(),
          r.startsOn(), r.profile(), rr.repeated(), rr.spansCountries(), rr.spansCourses(), rr.firstInText()));
      written++;
      if (++rows == INSERT_ROWS) {
        flush();
      }
    }

    private void flush() {
      if (rows == 0) {
        return;
      }
      insert("inclusion_reach", REACH_COLUMNS, 13, pending);
      pending.clear();
      rows = 0;
    }

    public long written() {
      return written;
    }

    @Override
    public void close() {
      flush();
    }
  }

  // --- cells and totals ---

  /**
   * Applies a change under the writers' lock, cells in key order.
   *
   * @return false when a count would go below zero: the rollups no longer match the rows
   */
  public boolean apply(RollupChange change) {
    boolean consistent = true;
    for (Map.Entry<RollupChange.CellKey, RollupChange.Delta> e : change.cells().entrySet()) {
      RollupChange.CellKey k = e.getKey();
      Reach.Cell c = k.cell();
      Object[] key = {k.base(), k.stage().name(), c.course(), c.country(), c.month().atDay(1), c.viaCascade()};
      consistent &= merge("inclusion_cell", List.of("base_code", "stage", "course_code", "country", "period_month", "via_cascade"), key, e.getValue());
    }
    for (Map.Entry<RollupChange.TotalKey, RollupChange.Delta> e : change.totals().entrySet()) {
      Object[] key = {e.getKey().base(), e.getKey().stage().name()};
      consistent &= merge("inclusion_total", List.of("base_code", "stage"), key, e.getValue());
    }
    return consistent;
  }

  private boolean merge(String table, List<String> keyColumns, Object[] key, RollupChange.Delta delta) {
    List<Object[]> found = rows("SELECT people, reaches FROM " + table + " WHERE " + where(keyColumns, 1), key);
    String people = found.isEmpty() ? "" : (String) found.get(0)[0];
    int reaches = found.isEmpty() ? 0 : number(found.get(0)[1]).intValue();
    String newPeople = ProfileCounts.plus(people, delta.people());
    int newReaches = reaches + delta.reaches();
    boolean consistent = newReaches >= 0 && !newPeople.contains("-");
    if (newPeople.isEmpty() && newReaches == 0) {
      if (!found.isEmpty()) {
        update("DELETE FROM " + table + " WHERE " + where(keyColumns, 1), key);
      }
    } else if (!found.isEmpty()) {
      List<Object> args = new ArrayList<>(List.of(newPeople, newReaches));
      args.addAll(List.of(key));
      update("UPDATE " + table + " SET people = ?1, reaches = ?2 WHERE " + where(keyColumns, 3), args.toArray());
    } else {
      List<Object> values = new ArrayList<>(List.of(key));
      values.add(newPeople);
      values.add(newReaches);
      insert(table, String.join(", ", keyColumns) + ", people, reaches", key.length + 2, values);
    }
    if (!consistent) {
      LOG.severe("Inclusion rollup " + table + " " + java.util.Arrays.toString(key) + " would go below zero: the rollups will be rebuilt");
    }
    return consistent;
  }

  /** {@code a = ?n AND b = ?n+1 ...}. */
  private static String where(List<String> columns, int firstParameter) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      out.append(i == 0 ? "" : " AND ").append(columns.get(i)).append(" = ?").append(firstParameter + i);
    }
    return out.toString();
  }

  // --- rebuild ---

  /**
   * Empties the rollups for a rebuild (the ALL row stays: it is the lock). Until
   * {@link #recordDefinitions} the rollups say "rebuilding", so nobody keeps or reads half a
   * build, and a rebuild cut short is done again.
   */
  public void reset() {
    update("DELETE FROM inclusion_reach");
    update("DELETE FROM inclusion_change");
    update("DELETE FROM inclusion_cell");
    update("DELETE FROM inclusion_total");
    update("DELETE FROM inclusion_cascade");
    update("DELETE FROM inclusion_base WHERE base_code <> ?1", Base.ALL_CODE);
    update("UPDATE inclusion_base SET definition = ?1 WHERE base_code = ?2", "rebuilding", Base.ALL_CODE);
  }

  /** Records the bases a finished build holds. */
  public void recordDefinitions(List<Base> bases, OffsetDateTime at) {
    for (Base b : bases) {
      if (b.code().equals(Base.ALL_CODE)) {
        update("UPDATE inclusion_base SET definition = ?1, built_at = ?2, version = version + 1 WHERE base_code = ?3", b.definition(), at, b.code());
      } else {
        update("INSERT INTO inclusion_base (base_code, definition, version, built_at) VALUES (?1, ?2, 0, ?3)", b.code(), b.definition(), at);
      }
    }
  }

  /** Creates the ALL row (the writers' lock) if this database never had rollups; then holds the lock. */
  public void lockForRebuild(OffsetDateTime at) {
    if (!lockForChange()) {
      update("INSERT INTO inclusion_base (base_code, definition, version, built_at) VALUES (?1, ?2, 1, ?3)", Base.ALL_CODE, "never built", at);
    }
  }

  /** Collects cell rows of a rebuild and inserts them many at a time. */
  public final class CellWriter implements AutoCloseable {
    private final List<Object> pending = new ArrayList<>();
    private int rows;
    private long written;

    public void add(String base, Stage stage, Reach.Cell c, String people, int reaches) {
      pending.addAll(List.of(base, stage.name(), c.course(), c.country(), c.month().atDay(1), c.viaCascade(), people, reaches));
      written++;
      if (++rows == INSERT_ROWS) {
        close();
      }
    }

    public long written() {
      return written;
    }

    @Override
    public void close() {
      if (rows > 0) {
        insert("inclusion_cell", "base_code, stage, course_code, country, period_month, via_cascade, people, reaches", 8, pending);
        pending.clear();
        rows = 0;
      }
    }
  }

  public CellWriter cellWriter() {
    return new CellWriter();
  }

  public void insertTotal(String base, Stage stage, String people, int reaches) {
    update("INSERT INTO inclusion_total (base_code, stage, people, reaches) VALUES (?1, ?2, ?3, ?4)", base, stage.name(), people, reaches);
  }

  // --- reads for the engine ---

  /** One stored cell as the engine reads it. */
  public record StoredCell(Reach.Cell cell, String people, int reaches) {}

  /** The cells of a base at a stage that lie in the slice. */
  public void forEachCell(Slice slice, Stage stage, Consumer<StoredCell> visitor) {
    List<Object> args = new ArrayList<>(List.of(slice.base().code(), stage.name()));
    String sql = "SELECT course_code, country, period_month, via_cascade, people, reaches FROM inclusion_cell WHERE base_code = ?1 AND stage = ?2"
        + sliceConditions(slice, args);
    for (Object[] r : rows(sql, args.toArray())) {
      visitor.accept(new StoredCell(new Reach.Cell((String) r[0], (String) r[1], YearMonth.from(date(r[2])), bool(r[3])), (String) r[4], number(r[5]).intValue()));
    }
  }

  /** The whole base at a stage: people per profile and reaches; empty text and 0 when nobody. */
  public StoredCell total(Base base, Stage stage) {
    List<Object[]> r = rows("SELECT people, reaches FROM inclusion_total WHERE base_code = ?1 AND stage = ?2", base.code(), stage.name());
    return r.isEmpty() ? new StoredCell(null, "", 0) : new StoredCell(null, (String) r.get(0)[0], number(r.get(0)[1]).intValue());
  }

  private static String sliceConditions(Slice slice, List<Object> args) {
    StringBuilder sql = new StringBuilder(" AND country IN (");
    appendAll(sql, args, slice.countries());
    sql.append(") AND course_code IN (");
    appendAll(sql, args, slice.courses());
    sql.append(')');
    if (slice.from() != null) {
      args.add(slice.from().atDay(1));
      sql.append(" AND period_month >= ?").append(args.size());
    }
    if (slice.to() != null) {
      args.add(slice.to().atDay(1));
      sql.append(" AND period_month <= ?").append(args.size());
    }
    if (slice.cascadeOnly()) {
      sql.append(" AND via_cascade = TRUE");
    }
    return sql.toString();
  }

  private static void appendAll(StringBuilder sql, List<Object> args, Set<String> values) {
    if (values.isEmpty()) {
      sql.append("NULL");
      return;
    }
    boolean first = true;
    for (String v : new java.util.TreeSet<>(values)) {
      args.add(v);
      sql.append(first ? "" : ", ").append('?').append(args.size());
      first = false;
    }
  }

  // --- plumbing ---

  /** Inserts rows of {@code width} values in one JDBC batch. */
  private void insert(String table, String columns, int width, List<Object> values) {
    String sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(width - 1) + "?)";
    try (PreparedStatement ps = connection().prepareStatement(sql)) {
      for (int row = 0; row < values.size() / width; row++) {
        for (int col = 0; col < width; col++) {
          bind(ps, col + 1, values.get(row * width + col));
        }
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * The transaction's own JDBC connection (the one the persistence context writes with), so
   * statements see its flushed changes and commit or roll back with it. Callers hold a transaction.
   */
  private Connection connection() {
    return em.unwrap(Connection.class);
  }

  /** Statements are written with numbered parameters (?1, ?2 … in order) for readability. */
  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement ps = connection().prepareStatement(sql.replaceAll("\\?\\d+", "?"));
    for (int i = 0; i < args.length; i++) {
      bind(ps, i + 1, args[i]);
    }
    return ps;
  }

  private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value instanceof Boolean b) {
      ps.setBoolean(index, b);
    } else if (value instanceof LocalDate d) {
      ps.setObject(index, d);
    } else {
      ps.setObject(index, value);
    }
  }

  private int update(String sql, Object... args) {
    try (PreparedStatement ps = prepare(sql, args)) {
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private List<Object[]> rows(String sql, Object... args) {
    try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
      int n = rs.getMetaData().getColumnCount();
      List<Object[]> out = new ArrayList<>();
      while (rs.next()) {
        Object[] row = new Object[n];
        for (int i = 0; i < n; i++) {
          row[i] = rs.getObject(i + 1);
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private List<Object> column(String sql, Object... args) {
    List<Object> out = new ArrayList<>();
    rows(sql, args).forEach(r -> out.add(r[0]));
    return out;
  }

  static IllegalStateException failure(SQLException e) {
    return new IllegalStateException("inclusion rollups: " + e.getMessage(), e);
  }

  private Set<Long> longs(String sql, Object... args) {
    Set<Long> out = new HashSet<>();
    column(sql, args).forEach(o -> out.add(number(o).longValue()));
    return out;
  }

  static Number number(Object o) {
    return (Number) o;
  }

  static boolean bool(Object o) {
    return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
  }

  static LocalDate date(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof LocalDate d) {
      return d;
    }
    if (o instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (o instanceof java.util.Date d) {
      return new java.sql.Date(d.getTime()).toLocalDate();
    }
    return LocalDate.parse(o.toString().substring(0, 10));
  }
}
