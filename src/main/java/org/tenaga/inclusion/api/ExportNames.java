package org.tenaga.inclusion.api;

import java.util.stream.Collectors;
import org.tenaga.inclusion.CrossTab;
import org.tenaga.inclusion.Dimension;
import org.tenaga.inclusion.InclusionExport;
import org.tenaga.inclusion.InclusionQuery;

/** The title and file name of an exported cross-tab, the same from the API and the explorer. */
public final class ExportNames {

  private ExportNames() {}

  public static String title(CrossTab t, InclusionQuery q) {
    return "People " + t.stage().apiName() + " by " + t.by().stream().map(Dimension::apiName).collect(Collectors.joining(" and "))
        + (q.commitment() == null ? "" : " — " + q.commitment());
  }

  public static String fileName(CrossTab t, InclusionQuery q, InclusionExport.Format f) {
    String name = "inclusion-" + (q.commitment() == null ? "all" : q.commitment()) + (q.country() == null ? "" : "-" + q.country())
        + (q.course() == null ? "" : "-" + q.course()) + "-" + t.stage().apiName() + "-by-"
        + t.by().stream().map(Dimension::apiName).collect(Collectors.joining("-"));
    return name.replaceAll("[^A-Za-z0-9.-]", "_") + "." + f.extension;
  }
}
