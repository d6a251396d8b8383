package org.tenaga.enrolment;

/** One line of a cohort's roster. */
public record RosterEntry(
    String enrolmentId, String learnerId, String fullName, String status, Integer position, Integer attendancePercent, Integer score) {}
