/**
 * Learners' places in cohorts: enrolment and the FIFO waitlist, withdrawal, attendance, results,
 * completion, and the demographic snapshot statistics are computed from.
 */
package org.tenaga.enrolment;
