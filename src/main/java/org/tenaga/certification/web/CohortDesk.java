package org.tenaga.certification.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.audit.AuditEvent;
import org.tenaga.audit.AuditLog;
import org.tenaga.certification.Certificate;
import org.tenaga.certification.CohortLifecycle;
import org.tenaga.enrolment.RosterEntry;
import org.tenaga.enrolment.RosterService;
import org.tenaga.platform.Problem;
import org.tenaga.platform.Problems;
import org.tenaga.platform.api.ApiException;
import org.tenaga.platform.web.Formats;
import org.tenaga.platform.web.Messages;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortAccess;
import org.tenaga.scheduling.CohortRepository;
import org.tenaga.scheduling.CohortSession;
import org.tenaga.scheduling.CohortStatus;

/**
 * One cohort at work: its status, sessions and roster; enrolling, withdrawing and promoting
 * learners; the attendance grid and results; the certificates and the history of changes.
 */
@Named
@ViewScoped
public class CohortDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CohortRepository cohorts;
  @Inject transient CohortLifecycle lifecycle;
  @Inject transient RosterService roster;
  @Inject transient AuditLog audit;
  @Inject transient org.tenaga.enrolment.EnrolmentImport importer;
  @Inject transient org.tenaga.scheduling.CohortPlanning planning;
  @Inject transient CurrentAccount current;
  @Inject transient org.tenaga.certification.CertificateRevocation revocation;
  @Inject transient java.time.Clock clock;
  @Inject transient Formats fmt;
  @PersistenceContext transient EntityManager em;

  private Long id;
  private String cancelReason;
  private String learnerEmail;
  private String withdrawReason;
  /** Attendance grid: enrolment id → one flag per session. */
  private Map<String, List<Boolean>> present = new HashMap<>();
  /** What became of the last attendance save, for the grid's live region. */
  private String attendanceNote;
  private Map<String, Integer> scores = new HashMap<>();
  /** Revocation reasons typed in the certificates table, by verification code. */
  private Map<String, String> revokeReasons = new HashMap<>();
  private transient jakarta.servlet.http.Part upload;
  private String importCsv;
  private Integer moveIndex;
  private Integer newCapacity;
  private java.time.LocalDate moveDay;
  private String moveFrom;
  private String moveTo;
  private org.tenaga.enrolment.ImportReport importReport;
  private org.tenaga.enrolment.web.RosterPages rosterPages;
  /** Learners a page of the attendance grid shows: a cohort may hold thousands. */
  static final int GRID_PAGE = 100;
  private int gridFirst;

  public void load() throws IOException {
    Cohort cohort = id == null ? null : cohorts.find(id).orElse(null);
    if (cohort == null) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such cohort");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    try {
      CohortAccess.requireCoordinatorOrTrainer(cohort, current.require());
    } catch (ApiException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, e.getMessage());
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    loadGrid(cohort);
  }

  /** Rebuilds the attendance grid from the database, after a change or on first load. */
  private void loadGrid(Cohort changed) {
    present.clear();
    scores.clear();
    forget();
    if (gridFirst >= getGridTotal()) { // the change emptied the last page: show the one before
      gridFirst = Math.max(0, (getGridTotal() - 1) / GRID_PAGE * GRID_PAGE);
    }
    loadGridPage();
  }

  /**
   * Reads the rows of the grid's current page that are not on the grid yet: ticks and scores
   * typed on pages seen before stay until they are saved (a save sends every row on the grid).
   */
  private void loadGridPage() {
    Cohort cohort = getCohort();
    List<RosterEntry> page = getEnrolled().stream().filter(e -> !present.containsKey(e.enrolmentId())).toList();
    Map<Long, Set<Integer>> grid = roster.attendanceGrid(cohort, page.stream().map(e -> Long.valueOf(e.enrolmentId())).toList());
    int sessions = cohort.getSessions().size();
    for (RosterEntry e : page) {
      String enrolment = e.enrolmentId();
      Set<Integer> attended = grid.getOrDefault(Long.valueOf(enrolment), Set.of());
      List<Boolean> row = new ArrayList<>();
      for (int i = 0; i < sessions; i++) {
        row.add(attended.contains(i));
      }
      present.put(enrolment, row);
      scores.put(enrolment, e.score());
    }
  }

  /**
   * The cohort, read once per request: the page refers to it dozens of times while rendering.
   * Actions that change it call {@link #forget()}.
   */
  public Cohort getCohort() {
    return (Cohort) requestCache().computeIfAbsent("cohortDesk.cohort", k -> cohorts.find(id).orElseThrow());
  }

  private static Map<String, Object> requestCache() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
  }

  /** Drops what this request has read, after a change. */
  private static void forget() {
    requestCache().remove("cohortDesk.cohort");
    requestCache().remove("cohortDesk.enrolled");
  }

  public List<CohortSession> getSessions() {
    return getCohort().getSessions();
  }

  /** The roster table's pages, each read in the database. */
  public org.tenaga.enrolment.web.RosterPages getRosterPages() {
    if (rosterPages == null) {
      rosterPages = new org.tenaga.enrolment.web.RosterPages(id);
    }
    return rosterPages;
  }

  /** The learners on the attendance grid's current page, read once per request. */
  @SuppressWarnings("unchecked")
  public List<RosterEntry> getEnrolled() {
    return (List<RosterEntry>) requestCache().computeIfAbsent("cohortDesk.enrolled",
        k -> roster.seatHoldersFrom(getCohort(), current.require(), gridFirst, GRID_PAGE));
  }

  /** The grid's page: its first line (0-based), the line after its last, and how many hold a seat. */
  public int getGridFirst() {
    return gridFirst;
  }

  public int getGridLast() {
    return Math.min(gridFirst + GRID_PAGE, getGridTotal());
  }

  public int getGridTotal() {
    return getCohort().getEnrolledCount();
  }

  public void nextGridPage() {
    if (getGridLast() < getGridTotal()) {
      showGridFrom(gridFirst + GRID_PAGE);
    }
  }

  public void previousGridPage() {
    showGridFrom(Math.max(0, gridFirst - GRID_PAGE));
  }

  private void showGridFrom(int first) {
    gridFirst = first;
    requestCache().remove("cohortDesk.enrolled");
    loadGridPage();
  }

  public boolean isCoordinator() {
    try {
      CohortAccess.requireCoordinator(getCohort(), current.require());
      return true;
    } catch (ApiException e) {
      return false;
    }
  }

  public boolean isRunning() {
    return getCohort().getStatus() == CohortStatus.RUNNING;
  }

  public boolean can(String status) {
    return isCoordinator() && getCohort().getStatus().canMoveTo(CohortStatus.valueOf(status));
  }

  /** A session in the cohort's local time: "Tuesday, 3 Mar 2026, 09:00–12:00 (UTC+07:00)". */
  public String when(CohortSession s) {
    java.time.ZoneId zone = zone();
    var offset = s.getStartsAt().atZoneSameInstant(zone).getOffset();
    return fmt.session(s.getStartsAt(), s.getEndsAt(), zone) + " (UTC" + offset.getId().replace("Z", "+00:00") + ")";
  }

  /** An instant in the cohort's local time. */
  public String at(java.time.OffsetDateTime t) {
    return fmt.dateTime(t, zone());
  }

  private java.time.ZoneId zone() {
    return cohorts.zoneOf(getCohort());
  }

  public List<AuditEvent> getHistory() {
    return audit.history("Cohort", id);
  }

  public List<Certificate> getCertificates() {
    return em.createQuery("SELECT c FROM Certificate c WHERE c.cohort.id = :c ORDER BY c.serial", Certificate.class)
        .setParameter("c", id).getResultList();
  }

  // --- actions ---

  public void changeStatus(String status) {
    try {
      lifecycle.changeStatus(id, status, cancelReason, current.require());
      Messages.infoKey("desk.status.changed", getCohort().getCode(), Messages.text("status." + status));
      cancelReason = null;
      loadGrid(getCohort());
    } catch (ApiException e) {
      Messages.refused(e);
    }
  }

  public void resize() {
    try {
      var cohort = lifecycle.resize(id, newCapacity, current.require());
      Messages.infoKey("desk.resized", cohort.getCode(), cohort.getCapacity());
      newCapacity = null;
      loadGrid(getCohort());
    } catch (ApiException e) {
      Messages.refused(e);
    }
  }

  public void enrol() {
    try {
      var e = roster.enrolByCoordinator(id, learnerEmail, current.require());
      String status = Messages.text("enrolment." + e.getStatus());
      Messages.info(e.getWaitlistPosition().map(p -> Messages.format("desk.enrolled.waitlist", learnerEmail, status, p))
          .orElseGet(() -> Messages.format("desk.enrolled", learnerEmail, status)));
      learnerEmail = null;
      loadGrid(getCohort());
    } catch (ApiException e) {
      Messages.refused(e);
    }
  }

  public void withdraw(String enrolmentId) {
    try {
      roster.withdrawByCoordinator(id, Long.valueOf(enrolmentId), withdrawReason, current.require());
      Messages.infoKey("desk.withdrawn");
      withdrawReason = null;
      loadGrid(getCohort());
    } catch (ApiException e) {
      Messages.refused(e);
    }
  }

  public void revoke(String verificationCode) {
    try {
      Certificate revoked = revocation.revoke(verificationCode, revokeReasons.get(verificationCode), current.require());
      Messages.infoKey("desk.revoked", revoked.getSerial());
      revokeReasons.remove(verificationCode);
    } catch (ApiException e) {
      Messages.refused(e);
    }
  }

  /** A problem of the CSV report, in the page's language. */
  public String rowProblem(org.tenaga.enrolment.ImportReport.RowProblem p) {
    return p.said() == null ? p.problem() : Messages.say(p.said());
  }

  public String fieldLabel(String field) {
    return Messages.fieldLabel(field);
  }

  public String certificateStatus(Certificate c) {
    return c.statusOn(java.time.LocalDate.now(clock)).name();
  }

  public Map<String, String> getRevokeReasons() {
    return revokeReasons;
  }

  public void promote(String enrolmentId) {
    try {
      roster.promoteByCoordinator(id, Long.valueOf(enrolmentId), current.require());
      Messages.infoKey("desk.promoted");
      loadGrid(getCohort());
    } catch (ApiException e) {
      Messages.refused(e);
    }
  }

  /** Saves the whole grid in one batch; on failure the grid keeps what was ticked. */
  public void saveAttendance() {
    List<RosterService.Mark> marks = new ArrayList<>();
    present.forEach((enrolment, row) -> {
      for (int i = 0; i < row.size(); i++) {
        marks.add(new RosterService.Mark(enrolment, i, Boolean.TRUE.equals(row.get(i))));
      }
    });
    try {
      // Marks set each flag rather than toggle it: a save retried after a lost answer stores the same.
      roster.recordAttendance(id, marks, current.require());
      forget();
      attendanceNote = Messages.format("desk.attendance.saved", present.size());
    } catch (ApiException e) {
      attendanceNote = null;
      Messages.refused(e);
    }
  }

  public String getAttendanceNote() {
    return attendanceNote;
  }

  public void saveResults() {
    List<RosterService.Result> results = new ArrayList<>();
    scores.forEach((enrolment, score) -> results.add(new RosterService.Result(enrolment, score)));
    try {
      roster.recordResults(id, results, current.require());
      forget();
      Messages.infoKey("desk.results.saved", results.size());
    } catch (ApiException e) {
      Messages.refused(e);
    }
  }

  /** Moves one session to a new day and times, in the cohort's local time. */
  public void moveSession() {
    try {
      if (moveIndex == null || moveDay == null || moveFrom == null || moveTo == null) {
        throw ApiException.invalid(new Problems().add("session", "problem.move.session"));
      }
      java.time.ZoneId zone = zone();
      String start = java.time.ZonedDateTime.of(moveDay, java.time.LocalTime.parse(moveFrom), zone).toOffsetDateTime().toString();
      String end = java.time.ZonedDateTime.of(moveDay, java.time.LocalTime.parse(moveTo), zone).toOffsetDateTime().toString();
      planning.reschedule(id, moveIndex, new org.tenaga.scheduling.CohortPlanning.SessionChange(start, end, null), current.require());
      Messages.infoKey("desk.moved", moveIndex + 1);
      loadGrid(getCohort());
    } catch (java.time.format.DateTimeParseException e) {
      Messages.errorKey("desk.time.format");
    } catch (ApiException e) {
      Messages.refused(e);
    }
  }

  /** Checks the uploaded CSV and shows the per-row report; nothing is written yet. */
  public void checkImport() {
    try {
      importCsv = readUpload();
      importReport = importer.run(id, importCsv, false, current.require());
      Messages.infoKey("import.checked", importReport.validRows(), importReport.rows().size());
    } catch (ApiException e) {
      importCsv = null;
      importReport = null;
      Messages.refused(e);
    }
  }

  /** Imports the valid rows of the checked CSV, all in one transaction. */
  public void confirmImport() {
    if (importCsv == null) {
      Messages.errorKey("import.first");
      return;
    }
    try {
      importReport = importer.run(id, importCsv, true, current.require());
      Messages.infoKey("import.done", importReport.imported());
      importCsv = null;
      loadGrid(getCohort());
    } catch (ApiException e) {
      Messages.refused(e);
    }
  }

  private String readUpload() {
    if (upload == null || upload.getSize() == 0) {
      throw ApiException.invalid(new Problems().add("file", "problem.csv.choose"));
    }
    if (upload.getSize() > 2 * 1024 * 1024) {
      throw new ApiException(413, "too_large", Problem.of("refusal.csv.size", 2));
    }
    try (var in = upload.getInputStream()) {
      return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw ApiException.invalid(new Problems().add("file", "problem.csv.utf8"));
    } catch (IOException e) {
      throw ApiException.invalid(new Problems().add("file", "problem.csv.unreadable"));
    }
  }

  // --- fields ---

  public Integer getNewCapacity() { return newCapacity; }
  public void setNewCapacity(Integer v) { newCapacity = v; }
  public Integer getMoveIndex() { return moveIndex; }
  public void setMoveIndex(Integer v) { moveIndex = v; }
  public java.time.LocalDate getMoveDay() { return moveDay; }
  public void setMoveDay(java.time.LocalDate v) { moveDay = v; }
  public String getMoveFrom() { return moveFrom; }
  public void setMoveFrom(String v) { moveFrom = v; }
  public String getMoveTo() { return moveTo; }
  public void setMoveTo(String v) { moveTo = v; }
  public jakarta.servlet.http.Part getUpload() { return upload; }
  public void setUpload(jakarta.servlet.http.Part v) { upload = v; }
  public org.tenaga.enrolment.ImportReport getImportReport() { return importReport; }
  public boolean isImportPending() { return importCsv != null; }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getCancelReason() { return cancelReason; }
  public void setCancelReason(String v) { cancelReason = v; }
  public String getLearnerEmail() { return learnerEmail; }
  public void setLearnerEmail(String v) { learnerEmail = v; }
  public String getWithdrawReason() { return withdrawReason; }
  public void setWithdrawReason(String v) { withdrawReason = v; }
  public Map<String, List<Boolean>> getPresent() { return present; }
  public Map<String, Integer> getScores() { return scores; }
}
