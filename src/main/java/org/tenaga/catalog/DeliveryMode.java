package org.tenaga.catalog;

/** How a course can be delivered. */
public enum DeliveryMode {
  IN_PERSON,
  ONLINE,
  BLENDED
}
