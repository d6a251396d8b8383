package org.tenaga.enrolment;

/**
 * Fired synchronously, inside the transaction, whenever an enrolment is created or changes status
 * (seat, waitlist, promotion, withdrawal, cancellation), so that what must stay exact with it
 * (inclusion statistics) commits or rolls back with the change. Completion is announced per
 * cohort by {@code org.tenaga.certification.CohortCompleted}.
 */
public record EnrolmentChanged(Enrolment enrolment) {}
