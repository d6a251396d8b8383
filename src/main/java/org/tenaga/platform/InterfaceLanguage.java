package org.tenaga.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Tenaga's pages are written in (message bundles {@code messages_<code>}), each
 * named in itself. English is the default and the bundles' base.
 */
public enum InterfaceLanguage {
  EN("en", "English"),
  ID("id", "Bahasa Indonesia"),
  VI("vi", "Tiếng Việt"),
  TH("th", "ภาษาไทย"),
  FIL("fil", "Filipino"),
  MS("ms", "Bahasa Melayu");

  private final String code;
  private final String ownName;

  InterfaceLanguage(String code, String ownName) {
    this.code = code;
    this.ownName = ownName;
  }

  /** The BCP 47 tag: the value of {@code <html lang>} and of the stored preference. */
  public String code() {
    return code;
  }

  /** The language's name in itself, as a language switcher lists it. */
  public String ownName() {
    return ownName;
  }

  /** The locale of the message bundles and of JSF's view. */
  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /**
   * The locale dates and numbers are written in. English pages write dates the way ASEAN's
   * English-language documents do ("3 Mar 2026"), not the US way ("Mar 3, 2026").
   */
  public Locale formattingLocale() {
    return this == EN ? Locale.UK : locale();
  }

  public static Optional<InterfaceLanguage> byCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
  }

  /**
   * The first of the browser's languages (Accept-Language, best first) that Tenaga speaks,
   * compared by language only ("id-ID" is Bahasa Indonesia); English when none is.
   */
  public static InterfaceLanguage bestFor(List<Locale> accepted) {
    for (Locale l : accepted) {
      Optional<InterfaceLanguage> match = byCode(alias(l.getLanguage()));
      if (match.isPresent()) {
        return match.get();
      }
    }
    return EN;
  }

  /** Older and neighbouring codes browsers still send for the same language. */
  private static String alias(String language) {
    return switch (language) {
      case "in" -> "id"; // Java's and old browsers' code for Indonesian
      case "tl" -> "fil"; // Tagalog, which Filipino is based on
      case "zsm" -> "ms"; // Standard Malay
      default -> language;
    };
  }
}
