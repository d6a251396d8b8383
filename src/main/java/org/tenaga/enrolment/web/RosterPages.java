package org.tenaga.enrolment.web;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.accounts.UserAccount;
import org.tenaga.enrolment.RosterEntry;
import org.tenaga.enrolment.RosterService;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortRepository;

/**
 * A cohort's roster for a paged table: each page is read in the database ({@link
 * RosterService#linesFrom}), so a cohort of ten thousand learners renders fifty lines.
 */
public class RosterPages extends LazyDataModel<RosterEntry> {

  private static final long serialVersionUID = 1L;

  private final Long cohortId;

  public RosterPages(Long cohortId) {
    this.cohortId = cohortId;
  }

  // PrimeFaces asks count() first and sets the paginator's total from it, then load()s the page.
  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) service().rosterSize(cohort(), caller());
  }

  @Override
  public List<RosterEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return service().linesFrom(cohort(), caller(), first, pageSize);
  }

  @Override
  public String getRowKey(RosterEntry entry) {
    return entry.enrolmentId();
  }

  @Override
  @SuppressWarnings("unchecked")
  public RosterEntry getRowData(String rowKey) {
    return getWrappedData() == null ? null
        : ((List<RosterEntry>) getWrappedData()).stream().filter(e -> e.enrolmentId().equals(rowKey)).findFirst().orElse(null);
  }

  private Cohort cohort() {
    return CDI.current().select(CohortRepository.class).get().find(cohortId).orElseThrow();
  }

  private static RosterService service() {
    return CDI.current().select(RosterService.class).get();
  }

  private static UserAccount caller() {
    return CDI.current().select(CurrentAccount.class).get().require();
  }
}
