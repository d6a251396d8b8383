package org.tenaga.people;

/** An answer to one Washington Group Short Set question. */
public enum Difficulty {
  NONE,
  SOME,
  A_LOT,
  CANNOT;

  /** "A lot of difficulty" or "cannot do at all" is the Washington Group's disability cut-off. */
  public boolean isSevere() {
    return this == A_LOT || this == CANNOT;
  }
}
