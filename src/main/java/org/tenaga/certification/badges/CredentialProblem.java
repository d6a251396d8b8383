package org.tenaga.certification.badges;

/** Why a document cannot be signed or verified, worded for the person who sent it. */
public class CredentialProblem extends Exception {

  public CredentialProblem(String message) {
    super(message);
  }

  public CredentialProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
