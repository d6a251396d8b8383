package org.tenaga.inclusion;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An enrolment at a stage, in the cell of its cohort: course, country, the month of the stage's
 * date, whether a cascade trainer taught it, and the demographic profile of its snapshot.
 *
 * <p>{@link #of} is the one place that says which stages an enrolment reached.
 */
public record Reach(
    long enrolmentId, Stage stage, long learnerId, String course, String country, YearMonth month, boolean viaCascade,
    LocalDate startsOn, int profile) {

  /**
   * A learner's "earliest enrolment": by the cohort's start date, then by enrolment (ids grow
   * with time), so ties are broken the same way everywhere.
   */
  public static final Comparator<Reach> EARLIEST_FIRST =
      Comparator.comparing(Reach::startsOn).thenComparingLong(Reach::enrolmentId);

  /**
   * The stages an enrolment has reached (DESIGN.md "Inclusion metrics"): WAITLISTED when it
   * never had a seat; ENROLLED when it ever had one; WITHDRAWN when it had one and withdrew;
   * ENDED when it had one in a completed cohort; COMPLETED; CERTIFIED while its certificate is
   * not revoked (an expired certificate still certifies).
   */
  public static List<Reach> of(EnrolmentFacts f) {
    int profile = Profile.of(f.gender(), f.age(), f.locality(), f.disability(), f.sector());
    List<Reach> reaches = new ArrayList<>(4);
    YearMonth started = YearMonth.from(f.cohortStart());
    YearMonth ended = YearMonth.from(f.cohortEnd());
    if (!f.hadSeat()) {
      reaches.add(at(f, Stage.WAITLISTED, started, profile));
    } else {
      reaches.add(at(f, Stage.ENROLLED, started, profile));
      if ("WITHDRAWN".equals(f.status())) {
        reaches.add(at(f, Stage.WITHDRAWN, started, profile));
      }
      if ("COMPLETED".equals(f.cohortStatus())) {
        reaches.add(at(f, Stage.ENDED, ended, profile));
      }
    }
    if ("COMPLETED".equals(f.status())) {
      reaches.add(at(f, Stage.COMPLETED, ended, profile));
    }
    if (f.certificateIssuedOn() != null && "VALID".equals(f.certificateStatus())) {
      reaches.add(at(f, Stage.CERTIFIED, YearMonth.from(f.certificateIssuedOn()), profile));
    }
    return reaches;
  }

  private static Reach at(EnrolmentFacts f, Stage stage, YearMonth month, int profile) {
    return new Reach(f.enrolmentId(), stage, f.learnerId(), f.course(), f.country(), month, f.viaCascade(), f.cohortStart(), profile);
  }

  /** The cell this reach is counted in. */
  public Cell cell() {
    return new Cell(course, country, month, viaCascade);
  }

  /** Where in a base people are counted: course, country, month, cascade or not. */
  public record Cell(String course, String country, YearMonth month, boolean viaCascade) implements Comparable<Cell> {
    private static final Comparator<Cell> ORDER =
        Comparator.comparing(Cell::course).thenComparing(Cell::country).thenComparing(Cell::month).thenComparing(Cell::viaCascade);

    @Override
    public int compareTo(Cell o) {
      return ORDER.compare(this, o);
    }
  }
}
