/**
 * iCalendar (RFC 5545) feeds of sessions: a cohort's, a trainer's and a learner's, all built by
 * one {@link org.tenaga.scheduling.calendar.SessionCalendar} from the sessions each feed selects.
 */
package org.tenaga.scheduling.calendar;
