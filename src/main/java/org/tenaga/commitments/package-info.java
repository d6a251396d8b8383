/**
 * Funding organisations and the workforce-skills commitments they fund, with their countries,
 * periods and inclusion targets.
 */
package org.tenaga.commitments;
