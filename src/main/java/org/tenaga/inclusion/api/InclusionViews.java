package org.tenaga.inclusion.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tenaga.inclusion.CommitmentProgress;
import org.tenaga.inclusion.CrossTab;
import org.tenaga.inclusion.Dimension;
import org.tenaga.inclusion.Figure;
import org.tenaga.inclusion.InclusionQuery;
import org.tenaga.inclusion.InclusionSummary;

/** The JSON of the inclusion API (API.md); withheld figures are explicit nulls. */
public final class InclusionViews {

  private InclusionViews() {}

  /** {@code GET /api/v1/inclusion}: {@code {rows:[{key,count,share,display}], total}} and what was asked. */
  @JsonbNillable
  @JsonbPropertyOrder({"stage", "by", "filters", "k", "rows", "total", "totalDisplay"})
  public record CrossTabView(String stage, List<String> by, Map<String, String> filters, Integer k, List<CellView> rows, Long total, String totalDisplay) {
    public static CrossTabView of(CrossTab t, InclusionQuery q) {
      List<CellView> rows = t.rows().stream().map(r -> {
        Map<String, String> key = new LinkedHashMap<>();
        for (int i = 0; i < t.by().size(); i++) {
          key.put(t.by().get(i).apiName(), r.key().get(i));
        }
        return new CellView(key, r.count(), r.share(), r.display());
      }).toList();
      return new CrossTabView(t.stage().apiName(), t.by().stream().map(Dimension::apiName).toList(), InclusionViews.filters(q), t.k(), rows, t.total(), t.totalDisplay());
    }
  }

  /** One cell; a withheld one is {@code count:null, share:null, display:"<5"}. */
  @JsonbNillable
  @JsonbPropertyOrder({"key", "count", "share", "display"})
  public record CellView(Map<String, String> key, Long count, Double share, String display) {}

  static Map<String, String> filters(InclusionQuery q) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("commitment", q.commitment());
    f.put("country", q.country());
    f.put("course", q.course());
    f.put("from", q.from() == null ? null : q.from().toString());
    f.put("to", q.to() == null ? null : q.to().toString());
    f.values().removeIf(java.util.Objects::isNull);
    return f;
  }

  /** {@code GET /api/v1/inclusion/commitments}: targets and actuals (shares as fractions 0..1). */
  @JsonbNillable
  @JsonbPropertyOrder({"code", "title", "periodStart", "periodEnd", "target", "actual", "display", "status"})
  public record CommitmentView(
      String code, String title, LocalDate periodStart, LocalDate periodEnd, Target target, Actual actual, Map<String, String> display,
      Map<String, String> status) {

    public static CommitmentView of(CommitmentProgress p) {
      Target target = new Target(p.targetPeople(), p.share("women").target(), p.share("youth").target(), p.share("rural").target(),
          p.share("disability").target());
      Actual actual = new Actual(p.people().value(), p.certificates().value(), p.share("women").actual(), p.share("youth").actual(),
          p.share("rural").actual(), p.share("disability").actual());
      Map<String, String> display = new LinkedHashMap<>();
      display.put("people", p.people().display());
      display.put("certificates", p.certificates().display());
      Map<String, String> status = new LinkedHashMap<>();
      status.put("people", p.peopleStatus().name());
      for (CommitmentProgress.ShareProgress s : p.shares()) {
        display.put(s.group(), s.display());
        status.put(s.group(), s.status().name());
      }
      return new CommitmentView(p.code(), p.title(), p.periodStart(), p.periodEnd(), target, actual, display, status);
    }
  }

  @JsonbNillable
  @JsonbPropertyOrder({"people", "women", "youth", "rural", "disability"})
  public record Target(int people, BigDecimal women, BigDecimal youth, BigDecimal rural, BigDecimal disability) {}

  @JsonbNillable
  @JsonbPropertyOrder({"people", "certificates", "women", "youth", "rural", "disability"})
  public record Actual(Long people, Long certificates, Double women, Double youth, Double rural, Double disability) {}

  /** {@code GET /api/v1/inclusion/summary}. */
  @JsonbNillable
  @JsonbPropertyOrder({"stage", "filters", "people", "peopleCertified", "certificatesIssued", "cascadeReach", "completion", "gapPoints"})
  public record SummaryView(
      String stage, Map<String, String> filters, FigureView people, FigureView peopleCertified, FigureView certificatesIssued,
      FigureView cascadeReach, List<CompletionView> completion, Double gapPoints) {
    public static SummaryView of(InclusionSummary s, InclusionQuery q) {
      return new SummaryView(s.stage().apiName(), InclusionViews.filters(q), FigureView.of(s.people()), FigureView.of(s.peopleCertified()),
          FigureView.of(s.certificatesIssued()), FigureView.of(s.cascadeReach()),
          s.completion().stream().map(c -> new CompletionView(Map.of("gender", c.group()), FigureView.of(c.ended()), FigureView.of(c.completed()), c.rate())).toList(),
          s.gapPoints());
    }
  }

  @JsonbNillable
  @JsonbPropertyOrder({"count", "display"})
  public record FigureView(Long count, String display) {
    static FigureView of(Figure f) {
      return new FigureView(f.value(), f.display());
    }
  }

  /** A group's completion: people enrolled in ended cohorts, people completed, and the rate. */
  @JsonbNillable
  @JsonbPropertyOrder({"key", "enrolled", "completed", "rate"})
  public record CompletionView(Map<String, String> key, FigureView enrolled, FigureView completed, Double rate) {}
}
