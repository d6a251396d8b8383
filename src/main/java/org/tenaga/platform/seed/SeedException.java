package org.tenaga.platform.seed;

/** A seed file breaks a rule; the message names file, line and field. Nothing is loaded. */
public class SeedException extends RuntimeException {
  public SeedException(String message) {
    super(message);
  }
}
