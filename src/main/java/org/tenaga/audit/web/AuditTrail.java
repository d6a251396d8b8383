package org.tenaga.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.tenaga.audit.AuditEvent;
import org.tenaga.audit.AuditSearch;
import org.tenaga.platform.Problems;
import org.tenaga.platform.web.Formats;
import org.tenaga.platform.web.Messages;

/** The admin's audit page: filters, then 50 events a page, newest first. */
@Named
@ViewScoped
public class AuditTrail implements Serializable {

  static final int PAGE_SIZE = 50;
  @Inject transient AuditSearch search;
  @Inject transient Formats fmt;

  private String actor;
  private String action;
  private String entityType;
  private String entityId;
  private LocalDate from;
  private LocalDate to;
  private int page;
  private transient AuditSearch.Page result;

  public AuditSearch.Page getResult() {
    if (result == null) {
      AuditSearch.Filter filter = new AuditSearch.Filter(actor, action, entityType, entityId, from, to);
      Problems problems = filter.problems();
      if (!problems.isEmpty()) {
        problems.problems().forEach((field, problem) -> Messages.error(Messages.text("audit." + field) + ": " + Messages.say(problem)));
        filter = AuditSearch.Filter.NONE;
      }
      result = search.search(filter, page, PAGE_SIZE);
    }
    return result;
  }

  public List<String> getActions() {
    return search.actions();
  }

  /** Searches now, in the action, so that a filter's problems reach the page's messages before they render. */
  public void apply() {
    page = 0;
    result = null;
    getResult();
  }

  public void next() {
    if ((long) (page + 1) * PAGE_SIZE < getResult().total()) {
      page++;
      result = null;
      getResult();
    }
  }

  public void previous() {
    if (page > 0) {
      page--;
      result = null;
      getResult();
    }
  }

  public String when(AuditEvent e) {
    return fmt.timestamp(e.getOccurredAt(), ZoneId.of("UTC")) + " UTC";
  }

  public int getFirstShown() {
    return getResult().total() == 0 ? 0 : page * PAGE_SIZE + 1;
  }

  public long getLastShown() {
    return Math.min((long) (page + 1) * PAGE_SIZE, getResult().total());
  }

  public String getActor() { return actor; }
  public void setActor(String v) { actor = v; }
  public String getAction() { return action; }
  public void setAction(String v) { action = v; }
  public String getEntityType() { return entityType; }
  public void setEntityType(String v) { entityType = v; }
  public String getEntityId() { return entityId; }
  public void setEntityId(String v) { entityId = v; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate v) { from = v; }
  public LocalDate getTo() { return to; }
  public void setTo(LocalDate v) { to = v; }
}
