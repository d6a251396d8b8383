package org.tenaga.platform;

import jakarta.persistence.TypedQuery;

/**
 * Reads of cached reference data (courses, commitments, skills) that pages and the API only display.
 *
 * <p>EclipseLink normally copies every cached entity into the request's persistence context,
 * taking read locks on it and on every eagerly related entity first. Under concurrent page loads
 * (16 clients on the catalogue) that copying stalled request threads indefinitely in
 * {@code WriteLockManager.acquireLocksForClone}, waiting for a lock nobody held any more. A
 * read-only query returns the shared instances without copying or locking, which is also faster.
 * Entities read this way must never be changed; writes read their entity by id or code.
 */
public final class SharedReads {

  /** EclipseLink's query hint: results come straight from the shared cache, not copied. */
  private static final String READ_ONLY = "eclipselink.read-only";

  private SharedReads() {}

  /** Marks the query read-only and returns it. */
  public static <T> TypedQuery<T> readOnly(TypedQuery<T> query) {
    return query.setHint(READ_ONLY, Boolean.TRUE);
  }
}
