package org.tenaga.inclusion;

import java.util.List;
import java.util.Map;

/**
 * Everything the explorer shows for one query, all from the one engine and published the same
 * way: the cross-tab, people by country, the quarterly trend of people certified (each learner
 * in the quarter of their first certificate in the slice) with women among them, the
 * enrolled → completed → certified funnel by a group, and the headline figures.
 */
public record Exploration(
    InclusionQuery query,
    Slice slice,
    CrossTab table,
    CrossTab byCountry,
    CrossTab certifiedByQuarter,
    CrossTab certifiedByQuarterAndGender,
    Dimension funnelGroup,
    Map<Stage, CrossTab> funnel,
    InclusionSummary summary) {

  /** The funnel's stages, in order. */
  public static final List<Stage> FUNNEL = List.of(Stage.ENROLLED, Stage.COMPLETED, Stage.CERTIFIED);
}
