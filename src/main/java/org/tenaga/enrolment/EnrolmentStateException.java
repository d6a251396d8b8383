package org.tenaga.enrolment;

/** An enrolment cannot move to the requested status from where it is. */
public class EnrolmentStateException extends RuntimeException {
  public EnrolmentStateException(String message) {
    super(message);
  }
}
