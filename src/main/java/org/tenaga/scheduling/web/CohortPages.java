package org.tenaga.scheduling.web;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortRepository;

/**
 * Cohorts for a paged table: each page is read in the database with the filter's conditions, so
 * sixty thousand cohorts render one page of them. A changed filter makes a new model.
 */
public class CohortPages extends LazyDataModel<Cohort> {

  private static final long serialVersionUID = 1L;

  private final CohortRepository.Filter filter;

  public CohortPages(CohortRepository.Filter filter) {
    this.filter = filter;
  }

  // PrimeFaces asks count() first and sets the paginator's total from it, then load()s the page.
  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) repository().count(filter);
  }

  @Override
  public List<Cohort> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return repository().searchFrom(filter, first, pageSize);
  }

  @Override
  public String getRowKey(Cohort cohort) {
    return String.valueOf(cohort.getId());
  }

  @Override
  @SuppressWarnings("unchecked")
  public Cohort getRowData(String rowKey) {
    return getWrappedData() == null ? null
        : ((List<Cohort>) getWrappedData()).stream().filter(c -> String.valueOf(c.getId()).equals(rowKey)).findFirst().orElse(null);
  }

  private static CohortRepository repository() {
    return CDI.current().select(CohortRepository.class).get();
  }
}
