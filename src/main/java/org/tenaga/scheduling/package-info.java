/**
 * Cohorts of courses: country, place, dates, capacity and reserved seats, trainers and sessions,
 * and the status a cohort moves through from draft to completion.
 */
package org.tenaga.scheduling;
