package org.tenaga.commitments;

/** A donor funds commitments; an implementing partner runs programmes. */
public enum OrganisationType {
  DONOR,
  IMPLEMENTER
}
