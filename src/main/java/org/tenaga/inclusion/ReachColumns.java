package org.tenaga.inclusion;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every reach held in memory, a column per field and a set of columns per stage, so that any
 * slice is counted in one pass over primitive arrays: each learner once, at their earliest reach
 * inside the slice (DESIGN.md, "Inclusion metrics").
 *
 * <p>A learner's reaches at a stage lie side by side in earliest-first order, so the first one a
 * pass finds inside the slice is the one that counts and the learner's others are skipped. The
 * columns are loaded in learner order (a sorted region, searched by learner); a learner recounted
 * later has their old reaches marked dead and the new ones appended, and once the appended part
 * grows large the columns are rewritten in learner order again.
 *
 * <p>About 12 bytes a reach. Not safe for concurrent use: {@link ReachIndex} guards it.
 */
final class ReachColumns {

  /** The country index of a dead reach: no slice's countries include it. */
  private static final int DEAD = 63;

  /** Months are held as months since January 2000 (a short reaches past the year 4700). */
  private static final int MONTH_ORIGIN = 2000 * 12;

  private final List<String> countries = new ArrayList<>();
  private final Map<String, Integer> countryIndex = new HashMap<>();
  private final List<String> courses = new ArrayList<>();
  private final Map<String, Integer> courseIndex = new HashMap<>();
  private final Map<Stage, Column> byStage = new EnumMap<>(Stage.class);
  private int lastLoaded = Integer.MIN_VALUE;
  private boolean replaced;

  ReachColumns() {
    for (Stage s : Stage.values()) {
      byStage.put(s, new Column());
    }
  }

  /** How many times a stage's columns were rewritten in learner order. */
  long rewrites() {
    return byStage.values().stream().mapToLong(c -> c.rewrites).sum();
  }

  /** Reaches held (dead ones included), over all stages. */
  long size() {
    return byStage.values().stream().mapToLong(c -> c.size).sum();
  }

  /**
   * Adds a learner's reaches while loading everything; learners must come in ascending id order.
   *
   * @throws IllegalStateException for a learner out of order, or after a {@link #replace}
   */
  void load(long learnerId, List<Reach> reaches) {
    int learner = Math.toIntExact(learnerId);
    if (learner <= lastLoaded || replaced) {
      throw new IllegalStateException("learner " + learnerId + " loaded out of order");
    }
    lastLoaded = learner;
    byStage(reaches).forEach((stage, atStage) -> byStage.get(stage).load(learner, atStage));
  }

  /** Makes these the learner's reaches, in place of the ones held. */
  void replace(long learnerId, List<Reach> reaches) {
    int learner = Math.toIntExact(learnerId);
    replaced = true;
    Map<Stage, List<Reach>> now = byStage(reaches);
    for (Stage s : Stage.values()) {
      Column c = byStage.get(s);
      c.remove(learner);
      List<Reach> atStage = now.get(s);
      if (atStage != null) {
        c.append(learner, atStage);
      }
      c.compactIfWorthIt();
    }
  }

  private Map<Stage, List<Reach>> byStage(List<Reach> reaches) {
    Map<Stage, List<Reach>> out = new EnumMap<>(Stage.class);
    for (Reach r : reaches) {
      out.computeIfAbsent(r.stage(), s -> new ArrayList<>()).add(r);
    }
    out.values().forEach(list -> list.sort(Reach.EARLIEST_FIRST));
    return out;
  }

  /**
   * People at a stage in a slice by each of the projections (lists of 0–2 dimensions): every
   * learner with a reach in the slice once, in the cell and profile of the earliest.
   *
   * <p>The pass only tallies the learners counted by the fields the projections need (a gender
   * breakdown: 4 categories; a trend: quarter × gender); the projections are then summed from that
   * small tally.
   */
  List<InclusionStatistics.Breakdown> count(Slice slice, Stage stage, List<List<Dimension>> projections) {
    Column c = byStage.get(stage);
    long countryMask = 0;
    for (String code : slice.countries()) {
      Integer i = countryIndex.get(code);
      if (i != null) {
        countryMask |= 1L << i;
      }
    }
    boolean[] courseIn = new boolean[courses.size()];
    for (String code : slice.courses()) {
      Integer i = courseIndex.get(code);
      if (i != null) {
        courseIn[i] = true;
      }
    }
    int from = slice.from() == null ? Integer.MIN_VALUE : month(slice.from());
    int to = slice.to() == null ? Integer.MAX_VALUE : month(slice.to());
    boolean cascadeOnly = slice.cascadeOnly();
    Tally tally = new Tally(projections, c);
    int[] counts = tally.counts;
    boolean byCountry = tally.countries > 0;
    boolean byCourse = tally.courses > 0;
    boolean byQuarter = tally.quarters > 0;
    int courseCount = tally.courses;
    int quarterCount = tally.quarters;
    int firstQuarter = tally.firstQuarter;
    int[] demographicKey = tally.demographicKey;
    int demographicCount = tally.demographics;
    long total = 0;
    int lastCounted = -1;
    int[] learner = c.learner;
    byte[] country = c.country;
    short[] course = c.course;
    short[] month = c.month;
    boolean[] cascade = c.cascade;
    short[] profile = c.profile;
    for (int i = 0, n = c.size; i < n; i++) {
      if ((countryMask >>> country[i] & 1) == 0 || !courseIn[course[i]] || month[i] < from || month[i] > to
          || (cascadeOnly && !cascade[i]) || learner[i] == lastCounted) {
        continue;
      }
      lastCounted = learner[i];
      total++;
      int key = byCountry ? country[i] : 0;
      if (byCourse) {
        key = key * courseCount + course[i];
      }
      if (byQuarter) {
        key = key * quarterCount + Math.floorDiv(month[i], 3) - firstQuarter;
      }
      counts[key * demographicCount + demographicKey[profile[i]]]++;
    }
    List<InclusionStatistics.Breakdown> out = new ArrayList<>(projections.size());
    for (List<Dimension> by : projections) {
      out.add(new InclusionStatistics.Breakdown(List.copyOf(by), tally.sum(by), total));
    }
    return out;
  }

  /**
   * People counted by the fields a query's projections need: country, course and quarter where
   * asked for, and the asked-for demographic dimensions of the profile, in one dense array.
   */
  private final class Tally {
    final int countries;
    final int courses;
    final int quarters;
    final int firstQuarter;
    final List<Dimension> demographic;
    /** Per profile, its categories of the demographic dimensions asked for, as one number. */
    final int[] demographicKey = new int[Profile.COUNT];
    final int demographics;
    final int[] counts;

    Tally(List<List<Dimension>> projections, Column c) {
      java.util.Set<Dimension> asked = java.util.EnumSet.noneOf(Dimension.class);
      projections.forEach(asked::addAll);
      countries = asked.contains(Dimension.COUNTRY) ? ReachColumns.this.countries.size() : 0;
      courses = asked.contains(Dimension.COURSE) ? ReachColumns.this.courses.size() : 0;
      boolean byQuarter = asked.contains(Dimension.QUARTER) && c.size > 0;
      firstQuarter = byQuarter ? Math.floorDiv(c.minMonth, 3) : 0;
      quarters = byQuarter ? Math.floorDiv(c.maxMonth, 3) - firstQuarter + 1 : 0;
      demographic = asked.stream().filter(Dimension::isDemographic).toList();
      int combinations = 1;
      for (Dimension d : demographic) {
        combinations *= d.categories().size();
      }
      demographics = combinations;
      for (int p = 0; p < Profile.COUNT; p++) {
        int key = 0;
        for (Dimension d : demographic) {
          key = key * d.categories().size() + d.categories().indexOf(Profile.category(p, d));
        }
        demographicKey[p] = key;
      }
      counts = new int[Math.max(1, countries) * Math.max(1, courses) * Math.max(1, quarters) * demographics];
    }

    /** One projection's counts, by category codes in its dimensions' order. */
    Map<List<String>, Long> sum(List<Dimension> by) {
      Map<List<String>, Long> out = new HashMap<>();
      for (int key = 0; key < counts.length; key++) {
        if (counts[key] == 0) {
          continue;
        }
        Map<Dimension, String> category = new EnumMap<>(Dimension.class);
        int rest = key;
        for (int d = demographic.size() - 1; d >= 0; d--) {
          List<String> categories = demographic.get(d).categories();
          category.put(demographic.get(d), categories.get(rest % categories.size()));
          rest /= categories.size();
        }
        int[] fields = split(key / demographics);
        if (countries > 0) {
          category.put(Dimension.COUNTRY, ReachColumns.this.countries.get(fields[0]));
        }
        if (courses > 0) {
          category.put(Dimension.COURSE, ReachColumns.this.courses.get(fields[1]));
        }
        if (quarters > 0) {
          int m = (firstQuarter + fields[2]) * 3 + MONTH_ORIGIN;
          category.put(Dimension.QUARTER, InclusionStatistics.quarter(YearMonth.of(Math.floorDiv(m, 12), Math.floorMod(m, 12) + 1)));
        }
        out.merge(by.stream().map(category::get).toList(), (long) counts[key], Long::sum);
      }
      return out;
    }

    /** Country, course and quarter index of a key without its demographic part. */
    private int[] split(int key) {
      int quarter = quarters > 0 ? key % quarters : 0;
      key = quarters > 0 ? key / quarters : key;
      int course = courses > 0 ? key % courses : 0;
      key = courses > 0 ? key / courses : key;
      return new int[] {key, course, quarter};
    }
  }

  private static int month(YearMonth m) {
    return m.getYear() * 12 + m.getMonthValue() - 1 - MONTH_ORIGIN;
  }

  private int country(String code) {
    return countryIndex.computeIfAbsent(code, c -> {
      if (countries.size() == DEAD) {
        throw new IllegalStateException("more than " + DEAD + " countries with reaches");
      }
      countries.add(c);
      return countries.size() - 1;
    });
  }

  private int course(String code) {
    return courseIndex.computeIfAbsent(code, c -> {
      if (courses.size() == Short.MAX_VALUE) {
        throw new IllegalStateException("more than " + Short.MAX_VALUE + " courses with reaches");
      }
      courses.add(c);
      return courses.size() - 1;
    });
  }

  /** The reaches of one stage. */
  private final class Column {
    int[] learner = new int[16];
    byte[] country = new byte[16];
    short[] course = new short[16];
    short[] month = new short[16];
    boolean[] cascade = new boolean[16];
    short[] profile = new short[16];
    int size;
    /** [0, sorted) is in learner order; after it come appended groups, one learner's each. */
    int sorted;
    int dead;
    int minMonth = Integer.MAX_VALUE;
    int maxMonth = Integer.MIN_VALUE;
    int rewrites;
    /** Where the live group of a learner recounted since the last rewrite starts. */
    final Map<Integer, Integer> appended = new HashMap<>();

    void load(int id, List<Reach> reaches) {
      reaches.forEach(r -> add(id, r));
      sorted = size;
    }

    void append(int id, List<Reach> reaches) {
      appended.put(id, size);
      reaches.forEach(r -> add(id, r));
    }

    private void add(int id, Reach r) {
      if (size == learner.length) {
        grow(size + (size >> 1));
      }
      int m = month(r.month());
      learner[size] = id;
      country[size] = (byte) country(r.country());
      course[size] = (short) course(r.course());
      month[size] = (short) m;
      cascade[size] = r.viaCascade();
      profile[size] = (short) r.profile();
      minMonth = Math.min(minMonth, m);
      maxMonth = Math.max(maxMonth, m);
      size++;
    }

    private void grow(int capacity) {
      learner = Arrays.copyOf(learner, capacity);
      country = Arrays.copyOf(country, capacity);
      course = Arrays.copyOf(course, capacity);
      month = Arrays.copyOf(month, capacity);
      cascade = Arrays.copyOf(cascade, capacity);
      profile = Arrays.copyOf(profile, capacity);
    }

    void remove(int id) {
      Integer start = appended.remove(id);
      int i = start != null ? start : lowerBound(id);
      int end = start != null ? size : sorted;
      for (; i < end && learner[i] == id; i++) {
        if (country[i] != DEAD) {
          country[i] = DEAD;
          dead++;
        }
      }
    }

    /** The first index of the sorted region whose learner is not below {@code id}. */
    private int lowerBound(int id) {
      int lo = 0;
      int hi = sorted;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (learner[mid] < id) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    void compactIfWorthIt() {
      int appendedReaches = size - sorted;
      if (appendedReaches > 4096 && appendedReaches > sorted / 8) {
        compact();
      }
    }

    /** Rewrites the live reaches in learner order, the appended groups merged in. */
    void compact() {
      int[] ids = appended.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      Column out = new Column();
      out.grow(Math.max(16, size - dead + (size - dead) / 8));
      int next = 0;
      for (int i = 0; i < sorted; i++) {
        if (country[i] == DEAD) {
          continue;
        }
        while (next < ids.length && ids[next] < learner[i]) {
          out.copyGroup(this, ids[next++]);
        }
        out.copy(this, i);
      }
      while (next < ids.length) {
        out.copyGroup(this, ids[next++]);
      }
      learner = out.learner;
      country = out.country;
      course = out.course;
      month = out.month;
      cascade = out.cascade;
      profile = out.profile;
      size = out.size;
      sorted = out.size;
      dead = 0;
      appended.clear();
      rewrites++;
    }

    private void copyGroup(Column from, int id) {
      for (int i = from.appended.get(id); i < from.size && from.learner[i] == id; i++) {
        copy(from, i);
      }
    }

    private void copy(Column from, int i) {
      learner[size] = from.learner[i];
      country[size] = from.country[i];
      course[size] = from.course[i];
      month[size] = from.month[i];
      cascade[size] = from.cascade[i];
      profile[size] = from.profile[i];
      size++;
    }
  }
}
