package org.tenaga.inclusion.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import org.tenaga.inclusion.CrossTab;

/**
 * Chart.js configurations for {@code p:chart}, drawn from the same published cross-tabs as the
 * tables beside them: a withheld cell is a gap in the chart, never a number.
 */
final class ChartConfigs {

  static final String[] COLOURS = {"#0f766e", "#b45309", "#6d28d9", "#be123c", "#1d4ed8", "#4d7c0f", "#a21caf", "#0e7490", "#78716c"};

  private ChartConfigs() {}

  /** One bar per category of a one-way table. */
  static String bars(CrossTab table, Function<String, String> label, String series, String locale) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (CrossTab.Row r : table.rows()) {
      labels.add(label.apply(r.key().get(0)));
      add(data, r.count());
    }
    JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", series).add("data", data).add("backgroundColor", COLOURS[0]);
    return config("bar", labels, Json.createArrayBuilder().add(dataset), scales(false), locale).build().toString();
  }

  /**
   * People certified per quarter (line, left axis) and the share of women among them (line,
   * right axis, percent), from the quarter table and the quarter × gender table.
   */
  static List<TrendPoint> trendPoints(CrossTab byQuarter, CrossTab byQuarterAndGender) {
    List<TrendPoint> points = new java.util.ArrayList<>();
    for (CrossTab.Row q : byQuarter.rows()) {
      String quarter = q.key().get(0);
      CrossTab.Row w = byQuarterAndGender.row(quarter, "FEMALE").orElse(null);
      Double share = q.count() == null || w == null || w.count() == null || q.count() == 0 ? null : (double) w.count() / q.count();
      points.add(new TrendPoint(quarter, q.count(), q.display(), share));
    }
    return points;
  }

  static String trend(List<TrendPoint> points, String people, String women, String locale) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder counts = Json.createArrayBuilder();
    JsonArrayBuilder shares = Json.createArrayBuilder();
    for (TrendPoint p : points) {
      labels.add(p.quarter());
      add(counts, p.people());
      if (p.womenShare() == null) {
        shares.addNull();
      } else {
        shares.add(Math.round(1000.0 * p.womenShare()) / 10.0);
      }
    }
    JsonArrayBuilder datasets = Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("label", people).add("data", counts).add("borderColor", COLOURS[0])
            .add("backgroundColor", COLOURS[0]).add("yAxisID", "y").add("spanGaps", false))
        .add(Json.createObjectBuilder().add("label", women).add("data", shares).add("borderColor", COLOURS[1])
            .add("backgroundColor", COLOURS[1]).add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("yAxisID", "y1").add("spanGaps", false));
    JsonObjectBuilder scales = Json.createObjectBuilder()
        .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("position", "left"))
        .add("y1", Json.createObjectBuilder().add("beginAtZero", true).add("max", 100).add("position", "right")
            .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
    return config("line", labels, datasets, scales, locale).build().toString();
  }

  /** Grouped bars: for each category of the group, one bar per stage. */
  static String funnel(List<String> categories, List<CrossTab> stages, List<String> stageNames, Function<String, String> label, String locale) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    categories.forEach(c -> labels.add(label.apply(c)));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < stages.size(); i++) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      CrossTab t = stages.get(i);
      for (String c : categories) {
        add(data, t.row(c).map(CrossTab.Row::count).orElse(null));
      }
      datasets.add(Json.createObjectBuilder().add("label", stageNames.get(i)).add("data", data).add("backgroundColor", COLOURS[i % COLOURS.length]));
    }
    return config("bar", labels, datasets, scales(false), locale).build().toString();
  }

  private static void add(JsonArrayBuilder data, Long value) {
    if (value == null) {
      data.addNull();
    } else {
      data.add(value);
    }
  }

  private static JsonObjectBuilder scales(boolean stacked) {
    return Json.createObjectBuilder()
        .add("x", Json.createObjectBuilder().add("stacked", stacked))
        .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked));
  }

  /** {@code locale}: the page's language tag, so the axes write numbers as the page does. */
  private static JsonObjectBuilder config(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales, String locale) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", Json.createObjectBuilder()
            .add("locale", locale)
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("scales", scales)
            .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))));
  }
}
