package org.tenaga.platform.web;

/** Which addresses Tenaga may send a browser back to: its own pages only. */
public final class LocalPaths {

  private LocalPaths() {}

  /**
   * A path on this site ("/cohort.xhtml?id=5"): an open redirect would let a link send users
   * elsewhere ("//evil.example", "/\evil.example").
   */
  public static boolean isLocal(String path) {
    return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
        && path.chars().noneMatch(c -> c < 0x20);
  }
}
