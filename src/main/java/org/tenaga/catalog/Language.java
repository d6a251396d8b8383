package org.tenaga.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The languages courses are taught in, by their ISO 639 code. */
public enum Language {
  EN("en", "English"),
  ID("id", "Bahasa Indonesia"),
  MS("ms", "Bahasa Melayu"),
  VI("vi", "Tiếng Việt"),
  TH("th", "ภาษาไทย"),
  FIL("fil", "Filipino"),
  KM("km", "ភាសាខ្មែរ"),
  LO("lo", "ພາສາລາວ"),
  MY("my", "မြန်မာဘာသာ"),
  TET("tet", "Tetun");

  private final String code;
  private final String displayName;

  Language(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  public String code() {
    return code;
  }

  public String displayName() {
    return displayName;
  }

  public static Optional<Language> byCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
  }

  /** The language's own name for a code, or the code itself when unknown. */
  public static String nameOf(String code) {
    return byCode(code).map(Language::displayName).orElse(code);
  }
}
