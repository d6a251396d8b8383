package org.tenaga.people;

/** Whether a venue is in a rural or an urban locality. */
public enum VenueLocality {
  RURAL,
  URBAN
}
