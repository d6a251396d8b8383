package org.tenaga.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads one course file: YAML front matter between {@code ---} lines, then the Markdown
 * description. Every problem is reported with its field; a file with any problem yields no course.
 */
public class CourseFileParser {

  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A\\uFEFF?---\\r?\\n(.*?)\\r?\\n---[ \\t]*(?:\\r?\\n|\\z)(.*)\\z", Pattern.DOTALL);

  private static final Set<String> KNOWN_FIELDS =
      Set.of(
          "code",
          "title",
          "summary",
          "level",
          "hours",
          "languages",
          "deliveryModes",
          "skills",
          "commitments",
          "completion",
          "certificate",
          "prerequisites",
          "trainerFor");

  private final Set<String> knownSkills;
  private final Set<String> knownCommitments;

  /** The skills and commitments a course may name (unknown codes are problems). */
  public CourseFileParser(Set<String> knownSkills, Set<String> knownCommitments) {
    this.knownSkills = Set.copyOf(knownSkills);
    this.knownCommitments = Set.copyOf(knownCommitments);
  }

  /** The outcome for one file: a definition, or the problems that kept it out. */
  public record Result(CourseDefinition definition, List<CourseFileProblem> problems) {
    public boolean isValid() {
      return definition != null;
    }
  }

  public Result parse(String fileName, String content) {
    Problems problems = new Problems(fileName);
    Matcher m = FRONT_MATTER.matcher(content);
    if (!m.matches()) {
      problems.add("front matter", "the file must start with YAML front matter between '---' lines");
      return problems.result();
    }
    Object yaml;
    try {
      yaml = new Load(LoadSettings.builder().setLabel(fileName).build()).loadFromString(m.group(1));
    } catch (MarkedYamlEngineException e) {
      problems.add("front matter", "invalid YAML: " + firstLine(e.getMessage()));
      return problems.result();
    } catch (YamlEngineException e) {
      problems.add("front matter", "invalid YAML: " + firstLine(e.getMessage()));
      return problems.result();
    }
    if (!(yaml instanceof Map<?, ?> fields)) {
      problems.add("front matter", "must be a YAML mapping of field: value");
      return problems.result();
    }
    for (Object key : fields.keySet()) {
      if (!KNOWN_FIELDS.contains(String.valueOf(key))) {
        problems.add(String.valueOf(key), "unknown field");
      }
    }
    Fields f = new Fields(fields, problems);
    String code = f.requiredString("code", 32);
    if (code != null && !CourseCode.isValid(code)) {
      problems.add("code", "must be 3–32 capitals, digits and hyphens starting with a capital");
    }
    String expectedName = code == null ? null : code + ".md";
    if (code != null && !fileName.equals(expectedName)) {
      problems.add("code", "must match the file name (expected " + expectedName + ")");
    }
    String title = f.requiredString("title", 200);
    String summary = f.requiredString("summary", 500);
    CourseLevel level = f.requiredEnum("level", CourseLevel.class);
    Integer hours = f.requiredInt("hours", 1, 2000);
    List<String> languages = f.requiredList("languages");
    for (String lang : languages) {
      if (Language.byCode(lang).isEmpty()) {
        problems.add("languages", "unknown language code '" + lang + "'");
      }
    }
    Set<DeliveryMode> modes = new LinkedHashSet<>();
    for (String mode : f.requiredList("deliveryModes")) {
      DeliveryMode parsed = Fields.enumValue(DeliveryMode.class, mode);
      if (parsed == null) {
        problems.add("deliveryModes", "unknown delivery mode '" + mode + "' (in-person, online, blended)");
      } else {
        modes.add(parsed);
      }
    }
    Set<String> skills = new LinkedHashSet<>(f.requiredList("skills"));
    unknown(skills, knownSkills, "skills", "skill", problems);
    Set<String> commitments = new LinkedHashSet<>(f.optionalList("commitments"));
    unknown(commitments, knownCommitments, "commitments", "commitment", problems);

    Fields completion = f.requiredMap("completion");
    Integer minAttendance =
        completion == null ? null : completion.requiredInt("minAttendancePercent", 0, 100);
    Integer passScore = completion == null ? null : completion.optionalInt("passScore", 0, 100);
    Fields certificate = f.optionalMap("certificate");
    Integer validity =
        certificate == null ? null : certificate.optionalInt("validityMonths", 1, 240);

    Set<String> prerequisites = new LinkedHashSet<>(f.optionalList("prerequisites"));
    for (String p : prerequisites) {
      if (!CourseCode.isValid(p)) {
        problems.add("prerequisites", "'" + p + "' is not a course code");
      } else if (p.equals(code)) {
        problems.add("prerequisites", "a course cannot be its own prerequisite");
      }
    }
    String trainerFor = f.optionalString("trainerFor", 32);
    if (trainerFor != null && !CourseCode.isValid(trainerFor)) {
      problems.add("trainerFor", "'" + trainerFor + "' is not a course code");
    }
    String body = m.group(2).strip();
    if (body.isEmpty()) {
      problems.add("description", "the Markdown description after the front matter is empty");
    }
    if (problems.any()) {
      return problems.result();
    }
    return new Result(
        new CourseDefinition(
            code,
            title,
            summary,
            level,
            hours,
            List.copyOf(new LinkedHashSet<>(languages)),
            Set.copyOf(modes),
            Set.copyOf(skills),
            Set.copyOf(commitments),
            minAttendance,
            passScore,
            validity,
            Set.copyOf(prerequisites),
            trainerFor,
            body,
            fileName,
            sha256(content)),
        List.of());
  }

  private static void unknown(
      Set<String> codes, Set<String> known, String field, String what, Problems problems) {
    for (String c : codes) {
      if (!known.contains(c)) {
        problems.add(field, "unknown " + what + " '" + c + "'");
      }
    }
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }

  static String sha256(String content) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Collects the problems of one file. */
  private static final class Problems {
    private final String file;
    private final List<CourseFileProblem> list = new ArrayList<>();

    Problems(String file) {
      this.file = file;
    }

    void add(String field, String reason) {
      list.add(new CourseFileProblem(file, field, reason));
    }

    boolean any() {
      return !list.isEmpty();
    }

    Result result() {
      return new Result(null, List.copyOf(list));
    }
  }

  /** Typed access to a YAML mapping, reporting wrong or missing values as problems. */
  private static final class Fields {
    private final Map<?, ?> map;
    private final Problems problems;
    private final String prefix;

    Fields(Map<?, ?> map, Problems problems) {
      this(map, problems, "");
    }

    private Fields(Map<?, ?> map, Problems problems, String prefix) {
      this.map = map;
      this.problems = problems;
      this.prefix = prefix;
    }

    private String name(String field) {
      return prefix + field;
    }

    String requiredString(String field, int maxLength) {
      Object v = map.get(field);
      if (v == null) {
        problems.add(name(field), "is required");
        return null;
      }
      return string(field, v, maxLength);
    }

    String optionalString(String field, int maxLength) {
      Object v = map.get(field);
      return v == null ? null : string(field, v, maxLength);
    }

    private String string(String field, Object v, int maxLength) {
      if (!(v instanceof String s)) {
        problems.add(name(field), "must be text, not " + describe(v));
        return null;
      }
      String trimmed = s.strip();
      if (trimmed.isEmpty()) {
        problems.add(name(field), "must not be empty");
        return null;
      }
      if (trimmed.length() > maxLength) {
        problems.add(name(field), "is longer than " + maxLength + " characters");
        return null;
      }
      return trimmed;
    }

    Integer requiredInt(String field, int min, int max) {
      if (map.get(field) == null) {
        problems.add(name(field), "is required");
        return null;
      }
      return optionalInt(field, min, max);
    }

    Integer optionalInt(String field, int min, int max) {
      Object v = map.get(field);
      if (v == null) {
        return null;
      }
      if (!(v instanceof Integer || v instanceof Long)) {
        problems.add(name(field), "must be a whole number, not " + describe(v));
        return null;
      }
      long n = ((Number) v).longValue();
      if (n < min || n > max) {
        problems.add(name(field), "must be between " + min + " and " + max + ", not " + n);
        return null;
      }
      return (int) n;
    }

    <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
      String v = requiredString(field, 40);
      if (v == null) {
        return null;
      }
      E e = enumValue(type, v);
      if (e == null) {
        problems.add(
            name(field),
            "'" + v + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
      }
      return e;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
      String normal = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(normal)) {
          return e;
        }
      }
      return null;
    }

    List<String> requiredList(String field) {
      Object v = map.get(field);
      if (v == null) {
        problems.add(name(field), "is required");
        return List.of();
      }
      List<String> list = list(field, v);
      if (list.isEmpty() && v instanceof Collection<?> c && c.isEmpty()) {
        problems.add(name(field), "must list at least one value");
      }
      return list;
    }

    List<String> optionalList(String field) {
      Object v = map.get(field);
      return v == null ? List.of() : list(field, v);
    }

    private List<String> list(String field, Object v) {
      if (!(v instanceof Collection<?> items)) {
        problems.add(name(field), "must be a list like [a, b], not " + describe(v));
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (Object item : items) {
        if (item instanceof String s && !s.isBlank()) {
          out.add(s.strip());
        } else {
          problems.add(name(field), "every entry must be text, not " + describe(item));
        }
      }
      return out;
    }

    Fields requiredMap(String field) {
      if (map.get(field) == null) {
        problems.add(name(field), "is required");
        return null;
      }
      return optionalMap(field);
    }

    Fields optionalMap(String field) {
      Object v = map.get(field);
      if (v == null) {
        return null;
      }
      if (!(v instanceof Map<?, ?> nested)) {
        problems.add(name(field), "must be a mapping of field: value, not " + describe(v));
        return null;
      }
      return new Fields(nested, problems, name(field) + ".");
    }

    private static String describe(Object v) {
      if (v == null) {
        return "nothing";
      }
      if (v instanceof String s) {
        return "text '" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
      }
      if (v instanceof Number) {
        return "the number " + v;
      }
      if (v instanceof Boolean) {
        return "true/false";
      }
      if (v instanceof Collection) {
        return "a list";
      }
      if (v instanceof Map) {
        return "a mapping";
      }
      return v.getClass().getSimpleName();
    }
  }
}
