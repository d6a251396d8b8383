package org.tenaga.inclusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.commitments.Commitment;
import org.tenaga.commitments.CommitmentRepository;

/**
 * The published statistics: the engine's counts for the caller's scope, turned into tables and
 * figures, suppressed for donors. Pages, charts, exports and the API all come through here, and
 * {@link #publish} is the one place suppression is applied.
 */
@ApplicationScoped
public class InclusionReports {

  @Inject InclusionStatistics engine;
  @Inject InclusionRollups rollups;
  @Inject BaseDefinitions definitions;
  @Inject CommitmentRepository commitments;
  @Inject CurrentAccount current;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "tenaga.suppression.k", defaultValue = "5")
  int k;

  /** The caller, as the statistics see them. */
  public Viewer viewer() {
    return Viewer.of(current.require());
  }

  /** The suppression threshold: counts from 1 to k−1 are withheld from donors. */
  public int threshold() {
    return k;
  }

  /** The courses serving a commitment, or every course of the catalogue for null. */
  @Transactional
  public Set<String> courseCodes(String commitment) {
    if (commitment == null) {
      return definitions.courseCodes();
    }
    return definitions.current().stream().filter(b -> b.code().equals(commitment)).findFirst()
        .map(Base::courses).orElse(Set.of());
  }

  /** The commitments the caller may report on: those their organisation funds (donors), or all. */
  @Transactional
  public List<Commitment> commitmentsOf(Viewer v) {
    List<Commitment> all = commitments.findAll();
    if (v.kind() != Viewer.Kind.DONOR) {
      return all;
    }
    return v.organisation() == null ? List.of() : all.stream().filter(c -> c.isFundedBy(v.organisation())).toList();
  }

  /** The cross-tab of a query, for the caller. */
  @Transactional
  public CrossTab crossTab(InclusionQuery q) {
    Scope scope = scope();
    return table(scope.slice(q), q.stage(), q.by(), scope.viewer());
  }

  /**
   * What one request needs to resolve slices: the caller, the bases as defined now (the rollups
   * rebuilt first if they were built for others), the codes filters may name, and the commitments
   * the caller may see. Read once per request.
   */
  private record Scope(Viewer viewer, List<Commitment> commitments, SliceResolver resolver) {
    Slice slice(InclusionQuery q) {
      return resolver.resolve(q, viewer);
    }
  }

  private Scope scope() {
    Viewer v = viewer();
    List<Base> current = definitions.current();
    if (!rollups.isCurrent(current)) {
      rollups.rebuildIfStale();
    } else if (!rollups.isCascadeCurrent()) {
      rollups.refresh(List.of());
    }
    Map<String, Base> bases = new LinkedHashMap<>();
    current.forEach(b -> bases.put(b.code(), b));
    List<Commitment> visible = commitmentsOf(v);
    Set<String> funded = visible.stream().map(Commitment::getCode).collect(Collectors.toSet());
    return new Scope(v, visible, new SliceResolver(bases, definitions.countryCodes(), definitions.courseCodes(), funded::contains));
  }

  /** The slice a query asks for, within the caller's scope (400/403 as {@link SliceResolver} says). */
  @Transactional
  public Slice slice(InclusionQuery q, Viewer v) {
    return scope().slice(q);
  }

  /** Every commitment the caller may see, against its targets. */
  @Transactional
  public List<CommitmentProgress> commitments() {
    Scope scope = scope();
    Viewer v = scope.viewer();
    LocalDate today = LocalDate.now(clock);
    List<CommitmentProgress> out = new ArrayList<>();
    for (Commitment c : scope.commitments()) {
      Slice slice = scope.slice(new InclusionQuery(c.getCode(), null, null, null, null, Stage.CERTIFIED, List.of(Dimension.GENDER)));
      List<List<Dimension>> groups = List.of(List.of(Dimension.GENDER), List.of(Dimension.YOUTH), List.of(Dimension.LOCALITY), List.of(Dimension.DISABILITY));
      List<InclusionStatistics.Breakdown> counts = engine.people(slice, Stage.CERTIFIED, groups);
      CrossTab gender = publish(slice, Stage.CERTIFIED, groups.get(0), counts.get(0), v);
      List<CommitmentProgress.ShareProgress> shares = List.of(
          share("women", c.getTargets().getWomen(), gender, "FEMALE"),
          share("youth", c.getTargets().getYouth(), publish(slice, Stage.CERTIFIED, groups.get(1), counts.get(1), v), "YES"),
          share("rural", c.getTargets().getRural(), publish(slice, Stage.CERTIFIED, groups.get(2), counts.get(2), v), "RURAL"),
          share("disability", c.getTargets().getDisability(), publish(slice, Stage.CERTIFIED, groups.get(3), counts.get(3), v), "YES"));
      Figure certified = new Figure(gender.total(), gender.totalDisplay());
      int target = c.getTargets().getPeople();
      out.add(new CommitmentProgress(
          c.getCode(), c.getTitle(), c.getPeriodStart(), c.getPeriodEnd(), target,
          TargetStatus.expectedPeople(target, c.getPeriodStart(), c.getPeriodEnd(), today), certified,
          TargetStatus.ofPeople(target, certified.value(), c.getPeriodStart(), c.getPeriodEnd(), today),
          figure(engine.reaches(slice, Stage.CERTIFIED), v), shares));
    }
    return out;
  }

  private static CommitmentProgress.ShareProgress share(String group, java.math.BigDecimal target, CrossTab table, String category) {
    CrossTab.Row row = table.row(category).orElseThrow();
    Double actual = row.share();
    String display = row.withheld() ? row.display() : actual == null ? "–" : percent(actual);
    return new CommitmentProgress.ShareProgress(group, target, actual, display, TargetStatus.ofShare(target, actual));
  }

  /** Headline figures of a query's slice. */
  @Transactional
  public InclusionSummary summary(InclusionQuery q) {
    Scope scope = scope();
    return summary(q, scope.slice(q), scope.viewer(), null);
  }

  private InclusionSummary summary(InclusionQuery q, Slice slice, Viewer v, CrossTab certifiedByGender) {
    Figure atStage = q.stage() == Stage.CERTIFIED && certifiedByGender != null
        ? new Figure(certifiedByGender.total(), certifiedByGender.totalDisplay())
        : total(slice, q.stage(), v);
    Figure certified = certifiedByGender != null
        ? new Figure(certifiedByGender.total(), certifiedByGender.totalDisplay())
        : total(slice, Stage.CERTIFIED, v);
    Figure certificates = figure(engine.reaches(slice, Stage.CERTIFIED), v);
    Figure cascade = total(slice.onlyCascade(), Stage.CERTIFIED, v);
    CrossTab ended = table(slice, Stage.ENDED, List.of(Dimension.GENDER), v);
    CrossTab completed = table(slice, Stage.COMPLETED, List.of(Dimension.GENDER), v);
    List<InclusionSummary.CompletionRate> rates = new ArrayList<>();
    Map<String, Double> byGender = new HashMap<>();
    for (String g : Dimension.GENDER.categories()) {
      CrossTab.Row e = ended.row(g).orElseThrow();
      CrossTab.Row c = completed.row(g).orElseThrow();
      Double rate = e.withheld() || c.withheld() || e.count() == 0 ? null : round((double) c.count() / e.count());
      byGender.put(g, rate);
      rates.add(new InclusionSummary.CompletionRate(g, new Figure(e.count(), e.display()), new Figure(c.count(), c.display()), rate));
    }
    Double women = byGender.get("FEMALE");
    Double men = byGender.get("MALE");
    Double gap = women == null || men == null ? null : Math.round((women - men) * 1000) / 10.0;
    return new InclusionSummary(q.stage(), atStage, certified, certificates, cascade, rates, gap);
  }

  /** Everything the explorer shows for a query. */
  @Transactional
  public Exploration explore(InclusionQuery q) {
    Scope scope = scope();
    Viewer v = scope.viewer();
    Slice slice = scope.slice(q);
    CrossTab table = table(slice, q.stage(), q.by(), v);
    CrossTab byCountry = table(slice, q.stage(), List.of(Dimension.COUNTRY), v);
    List<List<Dimension>> trend = List.of(List.of(Dimension.QUARTER), List.of(Dimension.QUARTER, Dimension.GENDER), List.of(Dimension.GENDER));
    List<InclusionStatistics.Breakdown> certified = engine.people(slice, Stage.CERTIFIED, trend);
    CrossTab byQuarter = publish(slice, Stage.CERTIFIED, trend.get(0), certified.get(0), v);
    CrossTab byQuarterAndGender = publish(slice, Stage.CERTIFIED, trend.get(1), certified.get(1), v);
    CrossTab certifiedByGender = publish(slice, Stage.CERTIFIED, trend.get(2), certified.get(2), v);
    Dimension group = q.by().stream().filter(Dimension::isDemographic).findFirst().orElse(Dimension.GENDER);
    Map<Stage, CrossTab> funnel = new EnumMap<>(Stage.class);
    for (Stage s : Exploration.FUNNEL) {
      funnel.put(s, table(slice, s, List.of(group), v));
    }
    return new Exploration(q, slice, table, byCountry, byQuarter, byQuarterAndGender, group, funnel, summary(q, slice, v, certifiedByGender));
  }

  // --- publishing: the one place suppression is applied ---

  CrossTab table(Slice slice, Stage stage, List<Dimension> by, Viewer v) {
    List<Dimension> canonical = canonical(by);
    return publish(slice, stage, by, engine.people(slice, stage, List.of(canonical)).get(0), v);
  }

  private Figure total(Slice slice, Stage stage, Viewer v) {
    return figure(engine.people(slice, stage, List.of(List.of())).get(0).total(), v);
  }

  /** A single number as published: withheld from donors when from 1 to k−1. */
  private Figure figure(long value, Viewer v) {
    if (v.isSuppressed() && SmallCellSuppression.isSmall(value, k)) {
      return new Figure(null, "<" + k);
    }
    return new Figure(value, String.valueOf(value));
  }

  /**
   * Lays a breakdown out as a table with every combination of categories, suppresses it for
   * donors (in the dimensions' fixed order, so the same table always hides the same cells, however
   * the caller ordered {@code by}), and adds shares of the total.
   */
  private CrossTab publish(Slice slice, Stage stage, List<Dimension> requested, InclusionStatistics.Breakdown counts, Viewer v) {
    List<Dimension> canonical = canonical(requested);
    Map<List<String>, Long> byKey = new HashMap<>();
    counts.counts().forEach((key, n) -> byKey.put(reorder(key, counts.by(), canonical), n));
    List<List<String>> categories = new ArrayList<>();
    for (Dimension d : canonical) {
      categories.add(categories(d, slice, counts.by().indexOf(d), counts.counts().keySet()));
    }
    List<String> rowCats = canonical.size() == 2 ? categories.get(0) : List.of("");
    List<String> colCats = canonical.size() == 2 ? categories.get(1) : canonical.isEmpty() ? List.of() : categories.get(0);
    long[][] grid = new long[rowCats.size()][colCats.size()];
    for (int r = 0; r < rowCats.size(); r++) {
      for (int c = 0; c < colCats.size(); c++) {
        grid[r][c] = byKey.getOrDefault(key(canonical, rowCats.get(r), colCats.get(c)), 0L);
      }
    }
    SmallCellSuppression.Result hidden = v.isSuppressed()
        ? SmallCellSuppression.twoWay(grid, k)
        : new SmallCellSuppression.Result(new boolean[rowCats.size()][colCats.size()], false);
    long total = counts.total();
    Map<List<String>, CrossTab.Row> rows = new HashMap<>();
    for (int r = 0; r < rowCats.size(); r++) {
      for (int c = 0; c < colCats.size(); c++) {
        List<String> key = key(canonical, rowCats.get(r), colCats.get(c));
        List<String> shown = reorder(key, canonical, requested);
        if (hidden.cells()[r][c]) {
          rows.put(shown, new CrossTab.Row(shown, null, null, "<" + k));
        } else {
          long n = grid[r][c];
          rows.put(shown, new CrossTab.Row(shown, n, hidden.total() || total == 0 ? null : round((double) n / total), String.valueOf(n)));
        }
      }
    }
    List<CrossTab.Row> ordered = new ArrayList<>(rows.values());
    List<List<String>> requestedCats = requested.stream().map(d -> categories.get(canonical.indexOf(d))).toList();
    Comparator<CrossTab.Row> order = Comparator.comparingInt(row -> 0);
    for (int i = 0; i < requested.size(); i++) {
      int at = i;
      order = order.thenComparingInt(row -> requestedCats.get(at).indexOf(row.key().get(at)));
    }
    ordered.sort(order);
    return hidden.total()
        ? new CrossTab(stage, requested, ordered, null, "<" + k, k)
        : new CrossTab(stage, requested, ordered, total, String.valueOf(total), v.isSuppressed() ? k : null);
  }

  private static List<String> key(List<Dimension> canonical, String row, String col) {
    return canonical.size() == 2 ? List.of(row, col) : canonical.isEmpty() ? List.of() : List.of(col);
  }

  private static List<String> reorder(List<String> key, List<Dimension> from, List<Dimension> to) {
    if (from.equals(to)) {
      return key;
    }
    List<String> out = new ArrayList<>();
    for (Dimension d : to) {
      out.add(key.get(from.indexOf(d)));
    }
    return out;
  }

  static List<Dimension> canonical(List<Dimension> by) {
    return by.stream().sorted().toList();
  }

  /**
   * Every category a table lists: the fixed ones of a demographic dimension, the slice's
   * countries and courses, and the quarters of the slice's months (or of the data, when the
   * slice has no bounds).
   */
  private static List<String> categories(Dimension d, Slice slice, int index, Set<List<String>> keys) {
    return switch (d) {
      case COUNTRY -> new ArrayList<>(new TreeSet<>(slice.countries()));
      case COURSE -> new ArrayList<>(new TreeSet<>(slice.courses()));
      case QUARTER -> quarters(slice, keys.stream().map(key -> key.get(index)).collect(Collectors.toCollection(TreeSet::new)));
      default -> d.categories();
    };
  }

  private static List<String> quarters(Slice slice, TreeSet<String> present) {
    YearMonth from = slice.from();
    YearMonth to = slice.to();
    if (from == null || to == null) {
      if (present.isEmpty()) {
        return List.of();
      }
      YearMonth first = quarterStart(present.first());
      YearMonth last = quarterStart(present.last());
      from = from == null ? first : from;
      to = to == null ? last : to;
    }
    List<String> out = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      String q = InclusionStatistics.quarter(m);
      if (!out.contains(q)) {
        out.add(q);
      }
    }
    return out;
  }

  private static YearMonth quarterStart(String quarter) {
    return YearMonth.of(Integer.parseInt(quarter.substring(0, 4)), (quarter.charAt(6) - '1') * 3 + 1);
  }

  static Double round(double share) {
    return Math.round(share * 10_000) / 10_000.0;
  }

  /** 0.4567 → "45.7%". */
  public static String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
  }
}
