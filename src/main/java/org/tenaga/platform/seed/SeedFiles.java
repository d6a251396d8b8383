package org.tenaga.platform.seed;

import java.io.InputStream;

/** The seed files packaged into the WAR from the repository's {@code seed-data/}. */
final class SeedFiles {

  private SeedFiles() {}

  static InputStream open(String name) {
    InputStream in = SeedFiles.class.getClassLoader().getResourceAsStream("seed-data/" + name);
    if (in == null) {
      throw new SeedException("seed file " + name + " is missing from the build");
    }
    return in;
  }
}
