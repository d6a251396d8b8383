package org.tenaga.people.web;

import java.io.Serializable;

/** A choice in a select or checkbox list; disabled when the caller may see but not change it. */
public record Option(String value, String label, boolean disabled) implements Serializable {

  public static Option of(String value, String label) {
    return new Option(value, label, false);
  }
}
