/**
 * Certificates: issued when an enrolment completes, with a serial and an unguessable
 * verification code; valid, revoked (with reason) or expired.
 */
package org.tenaga.certification;
