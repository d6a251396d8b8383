package org.tenaga.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translation check finds what is wrong, so a missing translation fails the build: proved on
 * a deliberately broken bundle ({@code src/test/resources/org/tenaga/i18ncheck/broken_messages*}).
 */
class TranslationCheckTest {

  static final String BROKEN = "org.tenaga.i18ncheck.broken_messages";
  static final String ID = "org/tenaga/i18ncheck/broken_messages_id.properties";
  static final String VI = "org/tenaga/i18ncheck/broken_messages_vi.properties";

  private final List<TranslationCheck.Finding> findings = TranslationCheck.check(BROKEN, List.of("id", "vi", "th"));

  @Test
  void reportsTheKeyATranslationMisses() {
    assertTrue(findings.stream().anyMatch(f -> f.file().equals(ID) && "farewell".equals(f.key()) && f.problem().startsWith("missing")),
        findings::toString);
    // Which is what fails the build: TranslationsTest asserts that Tenaga's bundles have no finding.
    assertTrue(findings.size() > 0);
  }

  @Test
  void reportsPlaceholdersThatDifferFromEnglish() {
    assertTrue(findings.contains(new TranslationCheck.Finding(VI, "greeting", "placeholders [1] where English has [0]")), findings::toString);
  }

  @Test
  void reportsAnApostropheMessageFormatWouldSwallowAndTheQuotedPlaceholderItHides() {
    // '{0}' quotes the placeholder away: the argument is lost and the apostrophes vanish.
    assertTrue(findings.stream().anyMatch(f -> f.file().equals(VI) && "course.owner".equals(f.key()) && f.problem().startsWith("placeholders [] ")),
        findings::toString);
  }

  @Test
  void reportsAKeyEnglishDoesNotHave() {
    assertTrue(findings.stream().anyMatch(f -> f.file().equals(VI) && "welcome".equals(f.key())), findings::toString);
  }

  @Test
  void reportsAMissingFile() {
    assertTrue(findings.contains(new TranslationCheck.Finding("org/tenaga/i18ncheck/broken_messages_th.properties", null, "the file is missing")),
        findings::toString);
  }

  @Test
  void acceptsWhatIsRight() {
    // The Indonesian file is right but for its missing key; nothing else is reported about it.
    assertEquals(List.of("farewell"), findings.stream().filter(f -> f.file().equals(ID)).map(TranslationCheck.Finding::key).toList());
  }

  @Test
  void reportsAFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("org/tenaga/i18ncheck"));
    Files.writeString(folder.resolve("latin_messages.properties"), "greeting=Welcome, {0}!\n", StandardCharsets.UTF_8);
    // "à" saved as ISO-8859-1: one byte that is not UTF-8.
    Files.writeString(folder.resolve("latin_messages_fil.properties"), "greeting=Bienvenue à Tenaga, {0}!\n", StandardCharsets.ISO_8859_1);
    try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, null)) {
      List<TranslationCheck.Finding> found = TranslationCheck.check(loader, "org.tenaga.i18ncheck.latin_messages", List.of("fil"));
      assertEquals(1, found.size(), found::toString);
      assertTrue(found.get(0).problem().startsWith("not UTF-8"), found::toString);
    }
  }

  @Test
  void readsPlaceholdersAsMessageFormatDoes() {
    assertEquals(Set.of(0, 1), TranslationCheck.arguments("{0} of {1} seats"));
    assertEquals(Set.of(0), TranslationCheck.arguments("Saved for {0,choice,0#no one|1#one learner|1<{0,number,integer} learners}."));
    assertEquals(Set.of(0), TranslationCheck.arguments("''{0}'' is not one of them"));
    assertEquals(Set.of(), TranslationCheck.arguments("'{0}' is quoted away"));
  }
}
