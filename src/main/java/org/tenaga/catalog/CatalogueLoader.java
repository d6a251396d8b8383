package org.tenaga.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tenaga.audit.AuditLog;
import org.tenaga.commitments.Commitment;
import org.tenaga.commitments.CommitmentRepository;

/**
 * Loads the course files of {@code TENAGA_COURSES_DIR} into the catalogue, upserting by course
 * code. A file with a problem is reported (file, field, reason) and skipped; the others load.
 */
@ApplicationScoped
public class CatalogueLoader {

  private static final Logger LOG = Logger.getLogger(CatalogueLoader.class.getName());

  @Inject
  @ConfigProperty(name = "tenaga.courses.dir", defaultValue = "courses")
  String coursesDir;

  @Inject CourseRepository courses;
  @Inject CommitmentRepository commitments;
  @Inject MarkdownRenderer markdown;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public Path directory() {
    return Path.of(coursesDir).toAbsolutePath().normalize();
  }

  /** Loads the configured courses directory. */
  @Transactional
  public CatalogueReload reload() {
    return reload(directory());
  }

  /** Loads the course files of a directory: valid ones upserted, the others reported. */
  @Transactional
  public CatalogueReload reload(Path dir) {
    if (!Files.isDirectory(dir)) {
      CourseFileProblem missing =
          new CourseFileProblem(dir.toString(), "directory", "the courses directory does not exist");
      LOG.severe("Catalogue: " + missing);
      return new CatalogueReload(0, 0, List.of(missing));
    }
    CourseFileParser parser =
        new CourseFileParser(
            courses.findAllSkills().stream().map(Skill::getCode).collect(Collectors.toSet()),
            commitments.findAll().stream().map(Commitment::getCode).collect(Collectors.toSet()));

    List<CourseFileProblem> problems = new ArrayList<>();
    Map<String, CourseDefinition> valid = new LinkedHashMap<>();
    for (Path file : courseFiles(dir)) {
      String name = file.getFileName().toString();
      String content;
      try {
        content = readUtf8(file);
      } catch (CharacterCodingException e) {
        problems.add(new CourseFileProblem(name, "file", "is not valid UTF-8 text"));
        continue;
      } catch (IOException e) {
        problems.add(new CourseFileProblem(name, "file", "cannot be read: " + e.getMessage()));
        continue;
      }
      CourseFileParser.Result result = parser.parse(name, content);
      if (!result.isValid()) {
        problems.addAll(result.problems());
      } else if (valid.containsKey(result.definition().code())) {
        problems.add(new CourseFileProblem(name, "code", "another file already defines this code"));
      } else {
        valid.put(result.definition().code(), result.definition());
      }
    }
    skipBrokenReferences(valid, problems);

    int loaded = 0;
    int unchanged = 0;
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (CourseDefinition d : valid.values()) {
      var existing = courses.find(d.code());
      if (existing.isPresent() && existing.get().getContentHash().equals(d.contentHash())) {
        unchanged++;
        continue;
      }
      String html = markdown.toSafeHtml(d.descriptionMarkdown());
      if (existing.isPresent()) {
        existing.get().apply(d, html, now);
      } else {
        courses.store(new Course(d, html, now));
      }
      loaded++;
    }
    problems.forEach(p -> LOG.warning("Catalogue: skipped " + p));
    LOG.info(
        "Catalogue: " + loaded + " loaded, " + unchanged + " unchanged, " + problems.size() + " problems, from " + dir);
    audit.record(
        "catalogue.reload",
        "Catalogue",
        "courses",
        loaded + " loaded, " + unchanged + " unchanged, " + problems.size() + " problems");
    return new CatalogueReload(loaded, unchanged, List.copyOf(problems));
  }

  /**
   * Prerequisites and trainerFor must name a course that exists (in the database or among the
   * valid files); a course naming a missing one is skipped, repeated until no reference breaks.
   */
  private void skipBrokenReferences(
      Map<String, CourseDefinition> valid, List<CourseFileProblem> problems) {
    Set<String> stored = new HashSet<>();
    courses.findAll().forEach(c -> stored.add(c.getCode()));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (var it = valid.values().iterator(); it.hasNext(); ) {
        CourseDefinition d = it.next();
        String broken = null;
        String field = null;
        for (String p : d.prerequisites()) {
          if (!valid.containsKey(p) && !stored.contains(p)) {
            broken = p;
            field = "prerequisites";
          }
        }
        if (d.trainerFor() != null && !valid.containsKey(d.trainerFor()) && !stored.contains(d.trainerFor())) {
          broken = d.trainerFor();
          field = "trainerFor";
        }
        if (broken != null) {
          problems.add(new CourseFileProblem(d.sourceFile(), field, "unknown course '" + broken + "'"));
          it.remove();
          changed = true;
        }
      }
    }
  }

  private static List<Path> courseFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readUtf8(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(bytes))
        .toString();
  }
}
