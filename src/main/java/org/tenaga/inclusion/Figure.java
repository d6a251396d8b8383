package org.tenaga.inclusion;

/** One published number: its value, or null when withheld, and what to display ("12", "<5"). */
public record Figure(Long value, String display) {

  public boolean withheld() {
    return value == null;
  }
}
