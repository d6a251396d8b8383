package org.tenaga.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tenaga.catalog.Language;

/**
 * The languages Tenaga's pages are written in (message bundles {@code messages_<code>}), a subset
 * of the course languages ({@link Language}), each named in itself. English is the default and the bundles' base.
 */
public enum InterfaceLanguage {
  EN("en"),
  ID("id"),
  VI("vi"),
  TH("th"),
  FIL("fil"),
  MS("ms");

  private final String code;

  InterfaceLanguage(String code) {
    this.code = code;
  }

  /** The BCP 47 tag: the value of {@code <html lang>} and of the stored preference. */
  public String code() {
    return code;
  }

  /** The language's name in itself, as a language switcher lists it. */
  public String ownName() {
    return Language.nameOf(code); // the course languages name themselves already
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
