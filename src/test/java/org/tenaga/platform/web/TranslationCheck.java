package org.tenaga.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the translations of a message bundle with its English base, as read from the class
 * path: a missing file, a key English has and the translation lacks, a key English does not have,
 * an empty text, placeholders ({0}, {1,number}) that differ from English's, apostrophes that
 * MessageFormat would swallow, and a file that is not UTF-8 (which ResourceBundle would then read
 * as ISO-8859-1 without a word). Used by the build's check of Tenaga's bundles and by the test
 * that proves it on a deliberately broken bundle.
 */
final class TranslationCheck {

  /** One thing wrong with one key (or with the whole file when {@code key} is null). */
  record Finding(String file, String key, String problem) {
    @Override
    public String toString() {
      return file + (key == null ? "" : " [" + key + "]") + ": " + problem;
    }
  }

  private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)");

  private TranslationCheck() {}

  /**
   * Every finding of the bundle {@code baseName} ({@code org.tenaga.platform.web.messages}) in
   * the given languages, English (the base file) included: its own texts must be sound too.
   */
  static List<Finding> check(String baseName, List<String> languages) {
    return check(TranslationCheck.class.getClassLoader(), baseName, languages);
  }

  /** The same, reading the bundle's files through another class loader. */
  static List<Finding> check(ClassLoader loader, String baseName, List<String> languages) {
    List<Finding> findings = new ArrayList<>();
    String baseFile = file(baseName, null);
    Optional<Properties> english = load(loader, baseFile, findings);
    if (english.isEmpty()) {
      findings.add(new Finding(baseFile, null, "the English base file is missing"));
      return findings;
    }
    for (String key : new TreeSet<>(english.get().stringPropertyNames())) {
      findings.addAll(apostrophes(baseFile, key, english.get().getProperty(key)));
    }
    for (String language : languages) {
      String file = file(baseName, language);
      Optional<Properties> translation = load(loader, file, findings);
      if (translation.isEmpty()) {
        findings.add(new Finding(file, null, "the file is missing"));
        continue;
      }
      findings.addAll(compare(file, english.get(), translation.get()));
    }
    return findings;
  }

  /** A translation against English, key by key. */
  static List<Finding> compare(String file, Properties english, Properties translation) {
    List<Finding> findings = new ArrayList<>();
    for (String key : new TreeSet<>(english.stringPropertyNames())) {
      String text = translation.getProperty(key);
      if (text == null) {
        findings.add(new Finding(file, key, "missing: English has \"" + english.getProperty(key) + "\""));
        continue;
      }
      if (text.isBlank()) {
        findings.add(new Finding(file, key, "empty"));
        continue;
      }
      Set<Integer> expected = arguments(english.getProperty(key));
      Set<Integer> actual = arguments(text);
      if (!expected.equals(actual)) {
        findings.add(new Finding(file, key, "placeholders " + actual + " where English has " + expected));
      }
      findings.addAll(apostrophes(file, key, text));
    }
    for (String key : new TreeSet<>(translation.stringPropertyNames())) {
      if (english.getProperty(key) == null) {
        findings.add(new Finding(file, key, "not a key of the English bundle (misspelt, or left over)"));
      }
    }
    return findings;
  }

  /**
   * The argument numbers a MessageFormat pattern uses; text between single quotes is literal and
   * {@code ''} is an apostrophe, as MessageFormat reads them.
   */
  static Set<Integer> arguments(String pattern) {
    StringBuilder unquoted = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (!quoted) {
        unquoted.append(c);
      }
    }
    Set<Integer> arguments = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(unquoted);
    while (m.find()) {
      arguments.add(Integer.valueOf(m.group(1)));
    }
    return arguments;
  }

  /**
   * A text with placeholders goes through MessageFormat, which drops a single apostrophe
   * ("course's" would read "courses"): it must be written {@code ''}. A text without placeholders
   * is shown as written, so {@code ''} would show twice.
   */
  private static List<Finding> apostrophes(String file, String key, String text) {
    boolean pattern = !arguments(text).isEmpty();
    String withoutDoubled = text.replace("''", "");
    if (pattern && withoutDoubled.contains("'")) {
      return List.of(new Finding(file, key, "a single ' in a text with placeholders disappears: write ''"));
    }
    if (!pattern && text.contains("''")) {
      return List.of(new Finding(file, key, "'' in a text without placeholders shows as two apostrophes: write '"));
    }
    return List.of();
  }

  static String file(String baseName, String language) {
    return baseName.replace('.', '/') + (language == null ? "" : "_" + language) + ".properties";
  }

  /** The file from the class path, decoded strictly as UTF-8; empty when there is none. */
  static Optional<Properties> load(String resource, List<Finding> findings) {
    return load(TranslationCheck.class.getClassLoader(), resource, findings);
  }

  static Optional<Properties> load(ClassLoader loader, String resource, List<Finding> findings) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] bytes = in.readAllBytes();
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        findings.add(new Finding(resource, null, "not UTF-8: ResourceBundle would read it as ISO-8859-1 and garble every accent"));
        text = new String(bytes, StandardCharsets.ISO_8859_1);
      }
      Properties properties = new Properties();
      properties.load(new StringReader(text));
      return Optional.of(properties);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }
}
