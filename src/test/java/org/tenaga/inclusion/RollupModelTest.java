package org.tenaga.inclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The rollup arithmetic without a database: applying each learner's change (after − before) to
 * the cells gives what counting everything afresh gives.
 */
class RollupModelTest {

  static final List<String> COURSES = List.of("A", "B", "C", "D");
  static final List<String> COUNTRIES = List.of("ID", "PH", "VN");
  static final YearMonth FIRST = YearMonth.of(2025, 1);

  static final List<Base> BASES = List.of(
      Base.ALL,
      new Base("M1", Set.of("A", "B"), Set.of("ID", "PH"), YearMonth.of(2025, 2), YearMonth.of(2025, 10)),
      new Base("M2", Set.of("B", "C", "D"), null, null, null));

  /** The rollup tables as maps. */
  static final class Tables {
    final Map<RollupChange.CellKey, TreeMap<Integer, Integer>> people = new TreeMap<>();
    final Map<RollupChange.CellKey, Integer> reaches = new TreeMap<>();
    final Map<RollupChange.TotalKey, TreeMap<Integer, Integer>> totalPeople = new TreeMap<>();
    final Map<RollupChange.TotalKey, Integer> totalReaches = new TreeMap<>();
    final Map<Long, List<RecordedReach>> recorded = new HashMap<>();

    void apply(RollupChange change) {
      change.cells().forEach((k, d) -> {
        d.people().forEach((p, n) -> people.computeIfAbsent(k, x -> new TreeMap<>()).merge(p, n, Integer::sum));
        reaches.merge(k, d.reaches(), Integer::sum);
      });
      change.totals().forEach((k, d) -> {
        d.people().forEach((p, n) -> totalPeople.computeIfAbsent(k, x -> new TreeMap<>()).merge(p, n, Integer::sum));
        totalReaches.merge(k, d.reaches(), Integer::sum);
      });
      people.values().forEach(m -> m.values().removeIf(v -> v == 0));
      people.values().removeIf(Map::isEmpty);
      reaches.values().removeIf(v -> v == 0);
      totalPeople.values().forEach(m -> m.values().removeIf(v -> v == 0));
      totalPeople.values().removeIf(Map::isEmpty);
      totalReaches.values().removeIf(v -> v == 0);
    }

    void change(long learner, List<Reach> now) {
      List<RecordedReach> before = recorded.getOrDefault(learner, List.of());
      List<RecordedReach> after = RecordedReach.of(now, BASES);
      RollupChange c = new RollupChange();
      c.add(before, BASES, -1);
      c.add(after, BASES, +1);
      apply(c);
      recorded.put(learner, after);
    }
  }

  long enrolmentIds = 1;

  List<Reach> randomReaches(Random random, long learner) {
    List<Reach> out = new ArrayList<>();
    for (Stage stage : List.of(Stage.ENROLLED, Stage.CERTIFIED)) {
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(340));
        YearMonth month = stage == Stage.ENROLLED ? YearMonth.from(start) : YearMonth.from(start.plusDays(random.nextInt(60)));
        out.add(new Reach(enrolmentIds++, stage, learner, COURSES.get(random.nextInt(COURSES.size())),
            COUNTRIES.get(random.nextInt(COUNTRIES.size())), month, random.nextInt(5) == 0, start, random.nextInt(Profile.COUNT)));
      }
    }
    return out;
  }

  @Test
  void incrementalChangesEndWhereARebuildStarts() {
    Random random = new Random(7);
    Tables incremental = new Tables();
    Map<Long, List<Reach>> current = new HashMap<>();
    for (int step = 0; step < 3000; step++) {
      long learner = 1 + random.nextInt(80);
      List<Reach> now = random.nextInt(6) == 0 ? List.of() : randomReaches(random, learner);
      incremental.change(learner, now);
      current.put(learner, now);
    }
    Tables rebuilt = new Tables();
    current.forEach(rebuilt::change);
    assertEquals(rebuilt.people, incremental.people);
    assertEquals(rebuilt.reaches, incremental.reaches);
    assertEquals(rebuilt.totalPeople, incremental.totalPeople);
    assertEquals(rebuilt.totalReaches, incremental.totalReaches);
  }

  /** The rebuild's tally (its buffer merged many times over) gives the cells the changes keep. */
  @Test
  void theRebuildsTallyGivesTheCellsTheChangesKeep() {
    Random random = new Random(5);
    Tables incremental = new Tables();
    CellTally tally = new CellTally(BASES, 7);
    for (long learner = 1; learner <= 400; learner++) {
      List<Reach> reaches = randomReaches(random, learner);
      incremental.change(learner, reaches);
      RecordedReach.of(reaches, BASES).forEach(tally::add);
    }
    Map<RollupChange.CellKey, TreeMap<Integer, Integer>> people = new TreeMap<>();
    Map<RollupChange.CellKey, Integer> reaches = new TreeMap<>();
    tally.forEachCell(c -> {
      RollupChange.CellKey key = new RollupChange.CellKey(c.base().code(), c.stage(), c.cell());
      if (!c.people().isEmpty()) {
        people.put(key, new TreeMap<>(c.people()));
      }
      if (c.reaches() != 0) {
        reaches.put(key, c.reaches());
      }
    });
    assertTrue(people.size() > 100, "the tally holds many cells");
    assertEquals(incremental.people, people);
    assertEquals(incremental.reaches, reaches);
  }

  static Set<String> subset(Random random, List<String> values) {
    Set<String> out = new HashSet<>();
    for (String v : values) {
      if (random.nextInt(3) > 0) {
        out.add(v);
      }
    }
    if (out.isEmpty()) {
      out.add(values.get(random.nextInt(values.size())));
    }
    return out;
  }
}
