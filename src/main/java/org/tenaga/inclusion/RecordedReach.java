package org.tenaga.inclusion;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reach as the rollups record it: whether the learner reached the stage more than once, in more
 * than one country, in more than one course, and the bases in which it is the learner's earliest
 * enrolment at that stage (where the learner is counted).
 */
public record RecordedReach(Reach reach, boolean repeated, boolean spansCountries, boolean spansCourses, Set<String> firstIn) {

  public RecordedReach {
    firstIn = Set.copyOf(firstIn);
  }

  /**
   * Records one learner's reaches: per stage, in each base, the earliest reach inside the base is
   * where the learner counts (DESIGN.md: "each learner counts once, in the cell given by the
   * snapshot and the cohort of their earliest enrolment in the slice that reached the stage").
   */
  public static List<RecordedReach> of(List<Reach> reaches, List<Base> bases) {
    Map<Stage, List<Reach>> byStage = new EnumMap<>(Stage.class);
    for (Reach r : reaches) {
      byStage.computeIfAbsent(r.stage(), s -> new ArrayList<>()).add(r);
    }
    List<RecordedReach> recorded = new ArrayList<>(reaches.size());
    for (List<Reach> atStage : byStage.values()) {
      atStage.sort(Reach.EARLIEST_FIRST);
      List<Set<String>> firsts = new ArrayList<>();
      for (int i = 0; i < atStage.size(); i++) {
        firsts.add(new HashSet<>());
      }
      for (Base b : bases) {
        for (int i = 0; i < atStage.size(); i++) {
          if (b.contains(atStage.get(i))) {
            firsts.get(i).add(b.code());
            break;
          }
        }
      }
      boolean repeated = atStage.size() > 1;
      boolean countries = atStage.stream().map(Reach::country).distinct().count() > 1;
      boolean courses = atStage.stream().map(Reach::course).distinct().count() > 1;
      for (int i = 0; i < atStage.size(); i++) {
        recorded.add(new RecordedReach(atStage.get(i), repeated, countries, courses, firsts.get(i)));
      }
    }
    return recorded;
  }

  /** first_in as stored: {@code |ALL|STMT-9|}. */
  public String firstInText() {
    StringBuilder out = new StringBuilder("|");
    firstIn.stream().sorted().forEach(c -> out.append(c).append('|'));
    return out.toString();
  }

  public static Set<String> parseFirstIn(String text) {
    Set<String> codes = new HashSet<>();
    for (String c : text.split("\\|")) {
      if (!c.isEmpty()) {
        codes.add(c);
      }
    }
    return codes;
  }
}
