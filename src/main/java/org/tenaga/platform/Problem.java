package org.tenaga.platform;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Something told to a person about their request (a field's problem, a refusal): a key of the
 * message bundle with its arguments, so a page says it in the reader's language while the API,
 * whose messages are English, says {@link #english()}. A problem without a key is a text that
 * exists only in English (messages of the API alone, and details from a library).
 */
public final class Problem implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The bundle of every text a person reads; English is its base. */
  public static final String BUNDLE = "org.tenaga.platform.web.messages";

  private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String key;
  private final Object[] args;
  private final String text;

  private Problem(String key, Object[] args, String text) {
    this.key = key;
    this.args = args;
    this.text = text;
  }

  /**
   * A text of the bundle. Arguments are names, codes and numbers (numbers are written the way
   * the language writes them), or problems themselves (a status's label, in the same language).
   */
  public static Problem of(String key, Object... args) {
    return new Problem(key, args.clone(), null);
  }

  /** A text that is not in the bundle. */
  public static Problem literal(String text) {
    return new Problem(null, new Object[0], text);
  }

  /**
   * A word of the bundle that the API says as a code: a status is "Completed" on a page in
   * English and "COMPLETED" in the API's messages, as always.
   */
  public static Problem label(String key, Object apiText) {
    return new Problem(key, new Object[0], String.valueOf(apiText));
  }

  public boolean isLiteral() {
    return key == null;
  }

  public String key() {
    return key;
  }

  public List<Object> args() {
    return Arrays.asList(args);
  }

  /**
   * In a language of the pages. Falls back to English (the bundle's base) for a language without
   * a bundle, never to the server's own locale.
   */
  public String in(Locale locale) {
    if (key == null) {
      return text;
    }
    String pattern = ResourceBundle.getBundle(BUNDLE, locale, Problem.class.getClassLoader(), NO_FALLBACK).getString(key);
    if (args.length == 0) {
      return pattern;
    }
    TextFormats formats = TextFormats.of(locale);
    Object[] inLanguage = Arrays.stream(args).map(a -> a instanceof Problem p ? p.in(locale) : formats.argument(a)).toArray();
    return new MessageFormat(pattern, locale).format(inLanguage);
  }

  /**
   * As the API says it: English, numbers as plain digits ("10000", never "10,000") and dates as
   * ISO dates, as its messages always were.
   */
  public String english() {
    if (text != null) {
      return text;
    }
    String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Problem.class.getClassLoader(), NO_FALLBACK).getString(key);
    if (args.length == 0) {
      return pattern;
    }
    Object[] plain = Arrays.stream(args).map(Problem::plain).toArray();
    return new MessageFormat(pattern, Locale.ROOT).format(plain);
  }

  private static final DateTimeFormatter API_MOMENT = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

  private static Object plain(Object a) {
    if (a instanceof Problem p) {
      return p.english();
    }
    if (a instanceof ZonedDateTime t) {
      return API_MOMENT.format(t);
    }
    if (a instanceof LocalTime t) {
      return DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).format(t);
    }
    return a instanceof Number || a instanceof TemporalAccessor ? a.toString() : a;
  }

  @Override
  public String toString() {
    return english();
  }
}
