package org.tenaga.inclusion;

import java.time.LocalDate;

/**
 * What the statistics need to know about one enrolment, read from the raw rows: its status and
 * snapshot, its cohort, its certificate if any, and whether a cascade trainer taught the cohort
 * (one qualified for the course by the certificate of a train-the-trainer course).
 */
public record EnrolmentFacts(
    long enrolmentId,
    long learnerId,
    String status,
    boolean hadSeat,
    String gender,
    Integer age,
    String locality,
    String disability,
    String sector,
    String course,
    String country,
    LocalDate cohortStart,
    LocalDate cohortEnd,
    String cohortStatus,
    LocalDate certificateIssuedOn,
    String certificateStatus,
    boolean viaCascade) {}
