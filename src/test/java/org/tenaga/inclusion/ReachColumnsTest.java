package org.tenaga.inclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The in-memory columns count every learner once, at their earliest reach inside the slice, in
 * every breakdown — after loading, after learners are recounted (old reaches dead, new ones
 * appended) and after the columns are rewritten in learner order.
 */
class ReachColumnsTest {

  static final List<List<Dimension>> PROJECTIONS = List.of(
      List.of(), List.of(Dimension.COUNTRY, Dimension.GENDER), List.of(Dimension.QUARTER),
      List.of(Dimension.COURSE, Dimension.YOUTH), List.of(Dimension.SECTOR, Dimension.DISABILITY), List.of(Dimension.LOCALITY));

  final RollupModelTest model = new RollupModelTest();
  final Map<Long, List<Reach>> current = new HashMap<>();
  final ReachColumns columns = new ReachColumns();

  @Test
  void everyLearnerCountsOnceAtTheirEarliestReachInTheSliceAsLearnersAreRecounted() {
    Random random = new Random(23);
    for (long learner = 1; learner <= 3000; learner++) {
      List<Reach> reaches = model.randomReaches(random, learner);
      current.put(learner, reaches);
      columns.load(learner, reaches);
    }
    assertSlicesCountAsByHand(random, 60);
    for (int step = 1; step <= 12_000; step++) {
      long learner = 1 + random.nextInt(3300); // some never loaded: new learners
      List<Reach> now = random.nextInt(8) == 0 ? List.of() : model.randomReaches(random, learner);
      current.put(learner, now);
      columns.replace(learner, now);
      if (step % 2000 == 0) {
        assertSlicesCountAsByHand(random, 30);
      }
    }
    assertTrue(columns.rewrites() > 0, "the appended reaches were merged into learner order");
  }

  @Test
  void loadingOutOfLearnerOrderIsRefused() {
    columns.load(5, model.randomReaches(new Random(1), 5));
    columns.load(7, List.of());
    assertThrows(IllegalStateException.class, () -> columns.load(6, List.of(reach(6, "ID"))));
  }

  @Test
  void aCountryNeverSeenAndAnEmptyStageCountNobody() {
    columns.load(1, List.of(reach(1, "ID")));
    Slice elsewhere = new Slice(Base.ALL, Set.of("LA"), Set.of("A"), null, null, false, true, false, false);
    assertEquals(0, columns.count(elsewhere, Stage.ENROLLED, PROJECTIONS).get(0).total());
    Slice here = new Slice(Base.ALL, Set.of("ID"), Set.of("A"), null, null, false, true, false, false);
    assertEquals(1, columns.count(here, Stage.ENROLLED, PROJECTIONS).get(0).total());
    assertEquals(Map.of(), columns.count(here, Stage.WITHDRAWN, PROJECTIONS).get(2).counts());
  }

  private static Reach reach(long learner, String country) {
    return new Reach(learner * 10, Stage.ENROLLED, learner, "A", country, YearMonth.of(2025, 3), false, YearMonth.of(2025, 3).atDay(1), 0);
  }

  private void assertSlicesCountAsByHand(Random random, int slices) {
    for (int round = 0; round < slices; round++) {
      Stage stage = List.of(Stage.ENROLLED, Stage.CERTIFIED, Stage.WITHDRAWN).get(random.nextInt(3));
      List<String> someCountries = new ArrayList<>(RollupModelTest.COUNTRIES);
      someCountries.add("LA"); // never reached
      Set<String> countries = RollupModelTest.subset(random, someCountries);
      Set<String> courses = RollupModelTest.subset(random, RollupModelTest.COURSES);
      YearMonth from = random.nextBoolean() ? null : RollupModelTest.FIRST.plusMonths(random.nextInt(6));
      YearMonth to = random.nextBoolean() ? null : RollupModelTest.FIRST.plusMonths(6 + random.nextInt(8));
      Slice slice = new Slice(Base.ALL, countries, courses, from, to, random.nextInt(4) == 0, true, true, true);
      List<InclusionStatistics.Breakdown> counted = columns.count(slice, stage, PROJECTIONS);
      for (int p = 0; p < PROJECTIONS.size(); p++) {
        List<Dimension> by = PROJECTIONS.get(p);
        Map<List<String>, Long> expected = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        long[] total = {0};
        current.values().forEach(list -> list.stream()
            .filter(r -> r.stage() == stage && slice.contains(r.cell()))
            .min(Reach.EARLIEST_FIRST)
            .ifPresent(r -> {
              total[0]++;
              expected.merge(by.stream().map(d -> InclusionStatistics.category(d, r.cell(), r.profile())).toList(), 1L, Long::sum);
            }));
        Map<List<String>, Long> actual = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        actual.putAll(counted.get(p).counts());
        assertEquals(expected, actual, "round " + round + " " + stage + " by " + by + " " + slice);
        assertEquals(total[0], counted.get(p).total());
      }
    }
  }
}
