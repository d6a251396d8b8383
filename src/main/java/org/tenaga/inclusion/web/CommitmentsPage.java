package org.tenaga.inclusion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.tenaga.inclusion.CommitmentProgress;
import org.tenaga.inclusion.InclusionReports;
import org.tenaga.inclusion.TargetStatus;
import org.tenaga.inclusion.Viewer;
import org.tenaga.platform.web.Formats;

/** The donor's home: each commitment the caller may see, against its targets. */
@Named
@RequestScoped
public class CommitmentsPage {

  @Inject InclusionReports reports;
  @Inject Formats fmt;

  private List<CommitmentProgress> commitments;
  private Viewer viewer;

  public List<CommitmentProgress> getCommitments() {
    if (commitments == null) {
      commitments = reports.commitments();
    }
    return commitments;
  }

  private Viewer viewer() {
    if (viewer == null) {
      viewer = reports.viewer();
    }
    return viewer;
  }

  public boolean isSuppressed() {
    return viewer().isSuppressed();
  }

  public boolean isCoordinator() {
    return viewer().kind() == Viewer.Kind.COORDINATOR;
  }

  public String getScopeCountries() {
    return viewer().countries() == null ? "" : String.join(", ", new java.util.TreeSet<>(viewer().countries()));
  }

  public int getK() {
    return reports.threshold();
  }

  public int getKMinusOne() {
    return reports.threshold() - 1;
  }

  public String period(CommitmentProgress c) {
    return fmt.month(YearMonth.from(c.periodStart())) + " – " + fmt.month(YearMonth.from(c.periodEnd()));
  }

  /** How full the people bar is, 0–100 (0 when withheld). */
  public int progress(CommitmentProgress c) {
    if (c.people().withheld() || c.targetPeople() == 0) {
      return 0;
    }
    return (int) Math.min(100, Math.round(100.0 * c.people().value() / c.targetPeople()));
  }

  public String statusClass(TargetStatus s) {
    return "status-badge " + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public TargetStatus[] getStatuses() {
    return TargetStatus.values();
  }
}
