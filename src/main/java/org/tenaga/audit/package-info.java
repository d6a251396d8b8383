/** The append-only record of who did what to which record, and when. */
package org.tenaga.audit;
