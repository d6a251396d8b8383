/**
 * Inclusion statistics for donors, coordinators and admins: rollups kept exact with every
 * enrolment, completion, certificate and revocation; one statistics engine (people counted once
 * per slice and stage), small-cell suppression for donors, commitment progress, exports, and
 * their API and pages.
 */
package org.tenaga.inclusion;
