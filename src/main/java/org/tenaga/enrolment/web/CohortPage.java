package org.tenaga.enrolment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.accounts.Role;
import org.tenaga.enrolment.Enrolment;
import org.tenaga.enrolment.EnrolmentRefused;
import org.tenaga.enrolment.EnrolmentService;
import org.tenaga.people.Learner;
import org.tenaga.platform.web.Formats;
import org.tenaga.platform.web.Messages;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortRepository;
import org.tenaga.scheduling.CohortSession;
import org.tenaga.scheduling.CohortStatus;

/** A cohort as learners see it: sessions in local time, trainers, place, seats; enrol or withdraw. */
@Named
@ViewScoped
public class CohortPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CohortRepository cohorts;
  @Inject transient EnrolmentService enrolments;
  @Inject transient CurrentAccount current;
  @Inject transient Clock clock;
  @Inject transient Formats fmt;

  private Long id;

  public void load() throws IOException {
    Cohort c = id == null ? null : cohorts.find(id).orElse(null);
    if (c == null || c.getStatus() == CohortStatus.DRAFT) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such cohort");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public Cohort getCohort() {
    return cohorts.find(id).orElseThrow();
  }

  /** A session in the cohort's local time, written the way the page's language writes dates. */
  public String when(CohortSession s) {
    return fmt.session(s.getStartsAt(), s.getEndsAt(), cohorts.zoneOf(getCohort()));
  }

  public boolean isLearner() {
    return current.has(Role.LEARNER);
  }

  /** The caller's own place in this cohort, if any. */
  public Optional<Enrolment> getMyPlace() {
    return current.get().flatMap(a -> a.getLearner()).flatMap(l -> enrolments.find(getCohort(), l));
  }

  public void enrol() {
    Learner learner = current.require().getLearner().orElseThrow();
    try {
      Enrolment e = enrolments.enrolSelf(id, learner, OffsetDateTime.now(clock));
      Messages.info(e.getStatus().name().equals("ENROLLED") ? Messages.text("cohortpage.enrolled")
          : Messages.format("cohortpage.waitlisted", e.getWaitlistPosition().orElse(0)));
    } catch (EnrolmentRefused refused) {
      Messages.error(Messages.say(refused.problem()));
    }
  }

  public void withdraw() {
    Learner learner = current.require().getLearner().orElseThrow();
    try {
      enrolments.withdrawSelf(id, learner, OffsetDateTime.now(clock));
      Messages.info(Messages.text("cohortpage.withdrawn"));
    } catch (EnrolmentRefused refused) {
      Messages.error(Messages.say(refused.problem()));
    }
  }

  public Long getId() { return id; }
  public void setId(Long v) { id = v; }
}
