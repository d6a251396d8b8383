package org.tenaga.enrolment.web;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.enrolment.RosterEntry;
import org.tenaga.enrolment.RosterService;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortRepository;

/**
 * A cohort's roster for a paged table: each page is read in the database ({@link
 * RosterService#rosterFrom}), so a cohort of ten thousand learners renders fifty lines.
 */
public class RosterPages extends LazyDataModel<RosterEntry> {

  private static final long serialVersionUID = 1L;

  private final Long cohortId;

  public RosterPages(Long cohortId) {
    this.cohortId = cohortId;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) page(0, 1).total();
  }

  @Override
  public List<RosterEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    RosterService.Page page = page(first, pageSize);
    setRowCount((int) page.total());
    return page.entries();
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

  private RosterService.Page page(int first, int size) {
    Cohort cohort = CDI.current().select(CohortRepository.class).get().find(cohortId).orElseThrow();
    return CDI.current().select(RosterService.class).get()
        .rosterFrom(cohort, CDI.current().select(CurrentAccount.class).get().require(), first, size);
  }
}
