package org.tenaga.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tenaga.catalog.CourseLevel;
import org.tenaga.catalog.DeliveryMode;
import org.tenaga.certification.CertificateStatus;
import org.tenaga.enrolment.EnrolmentStatus;
import org.tenaga.inclusion.Dimension;
import org.tenaga.inclusion.Stage;
import org.tenaga.inclusion.TargetStatus;
import org.tenaga.people.Difficulty;
import org.tenaga.people.Gender;
import org.tenaga.people.Locality;
import org.tenaga.people.Sector;
import org.tenaga.people.VenueLocality;
import org.tenaga.platform.InterfaceLanguage;
import org.tenaga.platform.Problem;
import org.tenaga.scheduling.CohortStatus;
import org.tenaga.scheduling.PriorityGroup;

/**
 * The build fails when a translation misses a key English has (or its placeholders differ), and
 * when a page or a bean asks for a key English does not define: a page would show
 * "???key???" or fail.
 */
class TranslationsTest {

  static final String MESSAGES = "org.tenaga.platform.web.messages";
  static final String VALIDATION = "org.tenaga.platform.web.validation";

  /** Every language of the pages but English, whose texts are the bundles' base. */
  static final List<String> TRANSLATIONS =
      Arrays.stream(InterfaceLanguage.values()).filter(l -> l != InterfaceLanguage.EN).map(InterfaceLanguage::code).toList();

  @Test
  void everyLanguageOfThePagesHasEveryEnglishText() {
    List<TranslationCheck.Finding> findings = TranslationCheck.check(MESSAGES, TRANSLATIONS);
    assertEquals(List.of(), findings, () -> findings.size() + " problems:\n" + String.join("\n", findings.stream().map(Object::toString).toList()));
  }

  @Test
  void everyLanguageHasJakartaFacesOwnMessages() {
    List<TranslationCheck.Finding> findings = TranslationCheck.check(VALIDATION, TRANSLATIONS);
    assertEquals(List.of(), findings, () -> findings.size() + " problems:\n" + String.join("\n", findings.stream().map(Object::toString).toList()));
  }

  @Test
  void theValidationBundleTranslatesEveryMessageOfJakartaFaces() throws IOException {
    // The keys of Faces' own bundle (jakarta/faces/Messages.properties, in the Faces API jar).
    Properties faces = new Properties();
    try (var in = jakarta.faces.application.FacesMessage.class.getClassLoader().getResourceAsStream("jakarta/faces/Messages.properties")) {
      if (in == null) {
        return; // the Faces API jar of the build has no messages of its own; the implementation's are checked in the browser
      }
      faces.load(in);
    }
    Properties ours = TranslationCheck.load(TranslationCheck.file(VALIDATION, null), new ArrayList<>()).orElseThrow();
    Set<String> missing = new TreeSet<>(faces.stringPropertyNames());
    missing.removeAll(ours.stringPropertyNames());
    assertEquals(Set.of(), missing, "Faces messages the validation bundle does not translate");
  }

  @Test
  void pagesAskOnlyForTextsEnglishDefines() {
    Properties english = english();
    Pattern literal = Pattern.compile("msg\\['([^'\\]]+)'\\]|msg\\.([A-Za-z_][\\w]*)");
    Pattern prefix = Pattern.compile("msg\\['([^']+)'\\.concat\\(");
    List<String> problems = new ArrayList<>();
    int references = 0;
    for (Path page : files(Path.of("src/main/webapp"), ".xhtml")) {
      String text = read(page);
      Matcher m = literal.matcher(text);
      while (m.find()) {
        references++;
        String key = m.group(1) != null ? m.group(1) : m.group(2);
        if (!english.containsKey(key)) {
          problems.add(page + ": msg['" + key + "']");
        }
      }
      Matcher p = prefix.matcher(text);
      while (p.find()) {
        String start = p.group(1);
        if (english.stringPropertyNames().stream().noneMatch(k -> k.startsWith(start))) {
          problems.add(page + ": no text starts with '" + start + "'");
        }
      }
    }
    assertTrue(references > 300, "the scan finds the pages' texts (" + references + ")");
    assertEquals(List.of(), problems, "keys the pages use that English does not define");
  }

  @Test
  void beansAndServicesAskOnlyForTextsEnglishDefines() {
    Properties english = english();
    // Keys passed to Messages/Problem/FormProblems, and every problem.*, refusal.* and field.* literal.
    Pattern key = Pattern.compile(
        "(?:Messages\\.(?:text|format|infoKey|errorKey)|FormProblems\\.(?:saved|text)|Problem\\.(?:of|label))\\(\"([\\w.]+)\""
            + "|\"((?:problem|refusal|field)\\.[\\w.]+)\"");
    List<String> problems = new ArrayList<>();
    int references = 0;
    for (Path source : files(Path.of("src/main/java"), ".java")) {
      Matcher m = key.matcher(read(source));
      while (m.find()) {
        String k = m.group(1) != null ? m.group(1) : m.group(2);
        if (k.endsWith(".")) {
          continue; // a prefix completed at run time, checked below
        }
        references++;
        if (!english.containsKey(k)) {
          problems.add(source + ": \"" + k + "\"");
        }
      }
    }
    assertTrue(references > 150, "the scan finds the keys (" + references + ")");
    assertEquals(List.of(), problems, "keys the code uses that English does not define");
  }

  @Test
  void everyStatusAndChoiceShownByNameHasItsText() {
    Properties english = english();
    List<String> missing = new ArrayList<>();
    require(english, "status.", CohortStatus.values(), missing);
    require(english, "level.", CourseLevel.values(), missing);
    require(english, "mode.", DeliveryMode.values(), missing);
    require(english, "enrolment.", EnrolmentStatus.values(), missing);
    require(english, "gender.", Gender.values(), missing);
    require(english, "locality.", Locality.values(), missing);
    require(english, "sector.", Sector.values(), missing);
    require(english, "difficulty.", Difficulty.values(), missing);
    require(english, "group.", PriorityGroup.values(), missing);
    require(english, "day.", DayOfWeek.values(), missing);
    require(english, "verify.status.", CertificateStatus.values(), missing);
    require(english, "pdf.state.", CertificateStatus.values(), missing);
    require(english, "inclusion.status.", TargetStatus.values(), missing);
    require(english, "venue.locality.", VenueLocality.values(), missing);
    for (Stage s : Stage.values()) {
      check(english, "inclusion.stage." + s.apiName(), missing);
    }
    for (Dimension d : Dimension.values()) {
      check(english, "inclusion.dim." + d.apiName(), missing);
      if (d != Dimension.SECTOR) {
        d.categories().forEach(c -> check(english, "inclusion.cat." + d.apiName() + "." + c, missing));
      }
    }
    // Reference data the pages name in their language: every skill of the seed data.
    for (String line : read(Path.of("seed-data/skills.csv")).lines().skip(1).toList()) {
      check(english, "skill." + line.substring(0, line.indexOf(',')), missing);
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void eachLanguageIsReadFromItsOwnFileWhateverTheServersLanguage() {
    Locale before = Locale.getDefault();
    try {
      // A server in Bangkok: English must still be English, not the default locale's bundle.
      Locale.setDefault(Locale.forLanguageTag("th-TH"));
      String englishTagline = ResourceBundle.getBundle(MESSAGES, Locale.ENGLISH).getString("app.tagline");
      assertEquals(english().getProperty("app.tagline"), englishTagline);
      assertEquals(english().getProperty("problem.required"), Problem.of("problem.required").in(Locale.ENGLISH));
      for (InterfaceLanguage l : InterfaceLanguage.values()) {
        if (l == InterfaceLanguage.EN) {
          continue;
        }
        String tagline = ResourceBundle.getBundle(MESSAGES, l.locale()).getString("app.tagline");
        assertNotEquals(englishTagline, tagline, l + " reads its own bundle");
        assertEquals(TranslationCheck.load(TranslationCheck.file(MESSAGES, l.code()), new ArrayList<>()).orElseThrow().getProperty("app.tagline"),
            tagline, l + " reads its UTF-8 file as UTF-8");
        assertNotEquals(english().getProperty("problem.required"), Problem.of("problem.required").in(l.locale()), l + " says problems in itself");
        assertNotEquals(ResourceBundle.getBundle(VALIDATION, Locale.ENGLISH).getString("jakarta.faces.component.UIInput.REQUIRED"),
            ResourceBundle.getBundle(VALIDATION, l.locale()).getString("jakarta.faces.component.UIInput.REQUIRED"), l + " has Faces' messages");
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theApiKeepsItsEnglishWhateverThePagesSay() {
    assertEquals("'PH-00' is a province of PH, not of ID", Problem.of("problem.province.other", "PH-00", "PH", "ID").english());
    assertEquals("must be between 1 and 10000", Problem.of("problem.between", 1, 10_000).english());
    assertEquals("harus antara 1 dan 10.000", Problem.of("problem.between", 1, 10_000).in(Locale.forLanguageTag("id")), "a page in Bahasa Indonesia writes its numbers");
    assertEquals("cohort C2026-ID-001 is COMPLETED; its capacity can no longer change",
        Problem.of("refusal.cohort.capacity.finished", "C2026-ID-001", Problem.label("status.COMPLETED", CohortStatus.COMPLETED)).english());
  }

  private static <E extends Enum<E>> void require(Properties english, String prefix, E[] values, List<String> missing) {
    for (E e : values) {
      check(english, prefix + e.name(), missing);
    }
  }

  private static void check(Properties english, String key, List<String> missing) {
    if (!english.containsKey(key)) {
      missing.add(key);
    }
  }

  private static Properties english() {
    return TranslationCheck.load(TranslationCheck.file(MESSAGES, null), new ArrayList<>()).orElseThrow();
  }

  private static List<Path> files(Path root, String suffix) {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
