package org.tenaga.certification;

import org.tenaga.scheduling.Cohort;

/**
 * Fired synchronously inside the transaction that completes a cohort, after every enrolled
 * learner was evaluated and every certificate issued: whatever must stay exact with completions
 * and certificates (inclusion statistics) changes in the same transaction.
 */
public record CohortCompleted(Cohort cohort) {}
