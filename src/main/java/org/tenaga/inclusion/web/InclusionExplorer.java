package org.tenaga.inclusion.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tenaga.commitments.Commitment;
import org.tenaga.inclusion.CrossTab;
import org.tenaga.inclusion.Dimension;
import org.tenaga.inclusion.Exploration;
import org.tenaga.inclusion.InclusionExport;
import org.tenaga.inclusion.InclusionQuery;
import org.tenaga.inclusion.InclusionReports;
import org.tenaga.inclusion.InclusionSummary;
import org.tenaga.inclusion.Stage;
import org.tenaga.inclusion.Viewer;
import org.tenaga.inclusion.api.ExportNames;
import org.tenaga.people.Country;
import org.tenaga.people.PeopleRepository;
import org.tenaga.people.web.Option;
import org.tenaga.platform.api.ApiException;
import org.tenaga.platform.web.Formats;
import org.tenaga.platform.web.Messages;

/**
 * The inclusion explorer: filters in the address (so a view can be bookmarked and drilled into),
 * the cross-tab, charts and downloads of one {@link Exploration} — the table, the charts and the
 * files are the same published figures.
 */
@Named
@ViewScoped
public class InclusionExplorer implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient InclusionReports reports;
  @Inject transient PeopleRepository people;
  @Inject transient Clock clock;
  @Inject transient Formats fmt;

  // View parameters
  private String commitment;
  private String country;
  private String course;
  private String from;
  private String to;
  private String stage;
  private String by;
  private String by2;

  private transient Exploration exploration;
  private transient Viewer viewer;
  private transient Map<String, String> countryNames;
  private transient List<Commitment> commitments;
  private boolean failed;

  /** Reads the filters and counts; a bad filter is shown as a message naming it. */
  public void load() {
    if (blank(stage)) {
      stage = Stage.CERTIFIED.apiName();
    }
    if (blank(by)) {
      by = Dimension.GENDER.apiName();
    }
    viewer = reports.viewer();
    commitments = reports.commitmentsOf(viewer);
    if (blank(commitment) && viewer.kind() == Viewer.Kind.DONOR && !commitments.isEmpty()) {
      commitment = commitments.get(0).getCode();
    }
    try {
      List<String> dims = new ArrayList<>();
      dims.add(by);
      if (!blank(by2) && !by2.equals(by)) {
        dims.add(by2);
      }
      exploration = reports.explore(InclusionQuery.parse(commitment, country, course, from, to, stage, dims));
    } catch (ApiException e) {
      failed = true;
      Messages.refused(e);
    }
  }

  private Exploration exploration() {
    if (exploration == null && !failed) {
      load();
    }
    return exploration;
  }

  public boolean isReady() {
    return exploration() != null;
  }

  /** Applies the filter form: a new address, so the view can be bookmarked. */
  public String apply() {
    return "/donor/explorer?faces-redirect=true&includeViewParams=true";
  }

  // --- what the page shows ---

  public String getTitle() {
    if (!isReady() || exploration.query().commitment() == null) {
      return Messages.text("inclusion.explorer.all");
    }
    return commitments.stream().filter(c -> c.getCode().equals(exploration.query().commitment())).map(c -> c.getCode() + " — " + c.getTitle())
        .findFirst().orElse(exploration.query().commitment());
  }

  public CrossTab getTable() {
    return exploration().table();
  }

  public boolean isTwoWay() {
    return getTable().by().size() == 2;
  }

  public String getTableCaption() {
    return Messages.format("inclusion.explorer.table", stageLabel(getTable().stage()),
        String.join(" × ", getTable().by().stream().map(this::dimensionLabel).toList()));
  }

  /** The rows of a one-way table, or the row categories of a two-way one. */
  public List<String> getRowCategories() {
    return getTable().categories(0);
  }

  public List<String> getColumnCategories() {
    return isTwoWay() ? getTable().categories(1) : List.of();
  }

  public CrossTab.Row cell(String row, String column) {
    return getTable().row(row, column).orElseThrow();
  }

  public CrossTab.Row row(String row) {
    return getTable().row(row).orElseThrow();
  }

  public String share(CrossTab.Row r) {
    return fmt.share(r.share(), "–");
  }

  public String rowLabel(String code) {
    return label(getTable().by().get(0), code);
  }

  public String columnLabel(String code) {
    return label(getTable().by().get(1), code);
  }

  public String getRowDimension() {
    return dimensionLabel(getTable().by().get(0));
  }

  public String getColumnDimension() {
    return isTwoWay() ? dimensionLabel(getTable().by().get(1)) : "";
  }

  /** Whether the stage shown is another than certified (then both figures are shown). */
  public boolean isOtherStage() {
    return getTable().stage() != Stage.CERTIFIED;
  }

  public InclusionSummary getSummary() {
    return exploration().summary();
  }

  public String rate(InclusionSummary.CompletionRate r) {
    return fmt.share(r.rate(), "–");
  }

  public InclusionSummary.CompletionRate completion(String gender) {
    return getSummary().completion().stream().filter(c -> c.group().equals(gender)).findFirst().orElseThrow();
  }

  public String getGap() {
    Double gap = getSummary().gapPoints();
    return gap == null ? Messages.text("inclusion.explorer.summary.gap.none")
        : Messages.format("inclusion.explorer.summary.gap", fmt.points(gap));
  }

  public CrossTab getByCountry() {
    return exploration().byCountry();
  }

  public boolean isSuppressed() {
    return getTable().k() != null;
  }

  public int getK() {
    return reports.threshold();
  }

  public int getKMinusOne() {
    return reports.threshold() - 1;
  }

  // --- charts ---

  public String getCountryChart() {
    return ChartConfigs.bars(getByCountry(), c -> label(Dimension.COUNTRY, c), capitalised(stageLabel(getTable().stage())), fmt.getLocale().toLanguageTag());
  }

  public String getTrendChart() {
    return ChartConfigs.trend(getTrendPoints(), Messages.text("inclusion.explorer.trend.people"),
        Messages.text("inclusion.explorer.trend.women"), fmt.getLocale().toLanguageTag());
  }

  /** The trend's quarters, for the chart and for the table that gives its figures in text. */
  public List<TrendPoint> getTrendPoints() {
    return ChartConfigs.trendPoints(exploration().certifiedByQuarter(), exploration().certifiedByQuarterAndGender());
  }

  public List<Stage> getFunnelStages() {
    return Exploration.FUNNEL;
  }

  public List<String> getFunnelCategories() {
    return exploration().funnelGroup().categories();
  }

  public String funnelStageLabel(Stage stage) {
    return capitalised(stageLabel(stage));
  }

  public String funnelLabel(String category) {
    return label(exploration().funnelGroup(), category);
  }

  /** A funnel cell as the table beside the chart shows it: the count, or the suppression mark. */
  public String funnelCell(Stage stage, String category) {
    return exploration().funnel().get(stage).row(category).map(r -> fmt.count(r.count(), r.display())).orElse(fmt.count(0L, null));
  }

  public CrossTab getTrend() {
    return exploration().certifiedByQuarter();
  }

  public String getFunnelChart() {
    Dimension group = exploration().funnelGroup();
    List<CrossTab> stages = Exploration.FUNNEL.stream().map(s -> exploration().funnel().get(s)).toList();
    return ChartConfigs.funnel(group.categories(), stages, Exploration.FUNNEL.stream().map(s -> capitalised(stageLabel(s))).toList(), c -> label(group, c),
        fmt.getLocale().toLanguageTag());
  }

  public String getFunnelTitle() {
    return Messages.format("inclusion.explorer.funnel", dimensionLabel(exploration().funnelGroup()).toLowerCase(fmt.getLocale()));
  }

  // --- downloads ---

  /** Sends the cross-tab shown as a file: the very table on the page, suppressed alike. */
  public void export(String format) {
    InclusionExport.Format f = InclusionExport.Format.of(format).orElseThrow();
    CrossTab table = getTable();
    InclusionQuery q = exploration().query();
    byte[] file = InclusionExport.write(f, table, new InclusionExport.Context(ExportNames.title(table, q), filters(q), ZonedDateTime.now(clock)));
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    ec.responseReset();
    ec.setResponseContentType(f.mediaType);
    ec.setResponseContentLength(file.length);
    ec.setResponseHeader("Content-Disposition", "attachment; filename=\"" + ExportNames.fileName(table, q, f) + "\"");
    try {
      ec.getResponseOutputStream().write(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private static Map<String, String> filters(InclusionQuery q) {
    Map<String, String> f = new java.util.LinkedHashMap<>();
    if (q.commitment() != null) {
      f.put("commitment", q.commitment());
    }
    if (q.country() != null) {
      f.put("country", q.country());
    }
    if (q.course() != null) {
      f.put("course", q.course());
    }
    if (q.from() != null) {
      f.put("from", q.from().toString());
    }
    if (q.to() != null) {
      f.put("to", q.to().toString());
    }
    f.put("stage", q.stage().apiName());
    return f;
  }

  // --- filter options ---

  /** The commitments the caller may choose; coordinators and admins may also choose all programmes. */
  public List<Option> getCommitmentOptions() {
    List<Option> options = new ArrayList<>();
    if (viewer.kind() != Viewer.Kind.DONOR) {
      options.add(Option.of("", Messages.text("inclusion.explorer.all")));
    }
    commitments.forEach(c -> options.add(Option.of(c.getCode(), c.getCode() + " — " + c.getTitle())));
    return options;
  }

  public List<Option> getCountryOptions() {
    if (!isReady()) {
      return List.of();
    }
    Set<String> codes = exploration.slice().base().countries() == null ? new TreeSet<>(countryNames().keySet()) : new TreeSet<>(exploration.slice().base().countries());
    if (viewer.countries() != null) {
      codes.retainAll(viewer.countries());
    }
    return codes.stream().map(c -> Option.of(c, label(Dimension.COUNTRY, c))).sorted(java.util.Comparator.comparing(Option::label)).toList();
  }

  public List<Option> getCourseOptions() {
    if (!isReady()) {
      return List.of();
    }
    Set<String> codes = new TreeSet<>(reports.courseCodes(exploration.query().commitment()));
    return codes.stream().map(c -> Option.of(c, c)).toList();
  }

  public List<Option> getStageOptions() {
    return Arrays.stream(Stage.values()).map(s -> Option.of(s.apiName(), capitalised(stageLabel(s)))).toList();
  }

  public List<Option> getDimensionOptions() {
    return Arrays.stream(Dimension.values()).map(d -> Option.of(d.apiName(), dimensionLabel(d))).toList();
  }

  // --- labels ---

  public String label(Dimension d, String code) {
    return switch (d) {
      case COUNTRY -> fmt.country(code, countryNames().get(code));
      case COURSE, QUARTER -> code;
      case SECTOR -> code.equals("NOT_STATED") ? Messages.text("inclusion.cat.sector.NOT_STATED") : Messages.text("sector." + code);
      default -> Messages.text("inclusion.cat." + d.apiName() + "." + code);
    };
  }

  public String dimensionLabel(Dimension d) {
    return Messages.text("inclusion.dim." + d.apiName());
  }

  public String stageLabel(Stage s) {
    return Messages.text("inclusion.stage." + s.apiName());
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private Map<String, String> countryNames() {
    if (countryNames == null) {
      countryNames = new HashMap<>();
      for (Country c : people.countries()) {
        countryNames.put(c.getCode(), c.getName());
      }
    }
    return countryNames;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  // --- view parameters ---

  public String getCommitment() {
    return commitment;
  }

  public void setCommitment(String commitment) {
    this.commitment = commitment;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getBy() {
    return by;
  }

  public void setBy(String by) {
    this.by = by;
  }

  public String getBy2() {
    return by2;
  }

  public void setBy2(String by2) {
    this.by2 = by2;
  }
}
