package org.tenaga.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CourseFileParserTest {

  private final CourseFileParser parser =
      new CourseFileParser(Set.of("ai-literacy", "prompting"), Set.of("STMT-9", "RM-C1.1"));

  private static final String GOOD =
      """
      ---
      code: AI-TEST-101
      title: AI for Testing
      summary: A short course.
      level: foundational
      hours: 12
      languages: [en, id]
      deliveryModes: [in-person, online]
      skills: [ai-literacy]
      commitments: [STMT-9]
      completion:
        minAttendancePercent: 80
        passScore: 60
      certificate:
        validityMonths: 24
      prerequisites: []
      ---
      ## About
      Learn *things*.
      """;

  @Test
  void readsEveryFieldOfAGoodFile() {
    CourseFileParser.Result r = parser.parse("AI-TEST-101.md", GOOD);
    assertTrue(r.isValid(), () -> r.problems().toString());
    CourseDefinition d = r.definition();
    assertEquals("AI-TEST-101", d.code());
    assertEquals(CourseLevel.FOUNDATIONAL, d.level());
    assertEquals(12, d.hours());
    assertEquals(List.of("en", "id"), d.languages());
    assertEquals(Set.of(DeliveryMode.IN_PERSON, DeliveryMode.ONLINE), d.deliveryModes());
    assertEquals(80, d.minAttendancePercent());
    assertEquals(60, d.passScore());
    assertEquals(24, d.validityMonths());
    assertNull(d.trainerFor());
    assertTrue(d.descriptionMarkdown().startsWith("## About"));
    assertEquals(64, d.contentHash().length());
  }

  @Test
  void anUnassessedCourseWithoutExpiryHasNoPassScoreAndNoValidity() {
    String file = GOOD.replace("  passScore: 60\n", "").replace("certificate:\n  validityMonths: 24\n", "");
    CourseFileParser.Result r = parser.parse("AI-TEST-101.md", file);
    assertTrue(r.isValid(), () -> r.problems().toString());
    assertNull(r.definition().passScore());
    assertNull(r.definition().validityMonths());
  }

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        Arguments.of("no front matter", "# Just markdown\n", "front matter", "must start with YAML front matter"),
        Arguments.of("bad YAML", GOOD.replace("hours: 12", "hours: [12"), "front matter", "invalid YAML"),
        Arguments.of("missing title", GOOD.replace("title: AI for Testing\n", ""), "title", "is required"),
        Arguments.of("hours as text", GOOD.replace("hours: 12", "hours: twelve"), "hours", "whole number"),
        Arguments.of("negative hours", GOOD.replace("hours: 12", "hours: -3"), "hours", "between 1 and"),
        Arguments.of("unknown level", GOOD.replace("level: foundational", "level: expert"), "level", "not one of"),
        Arguments.of("unknown language", GOOD.replace("[en, id]", "[en, xx]"), "languages", "unknown language code 'xx'"),
        Arguments.of("unknown mode", GOOD.replace("[in-person, online]", "[in-person, carrier-pigeon]"), "deliveryModes", "unknown delivery mode"),
        Arguments.of("unknown skill", GOOD.replace("skills: [ai-literacy]", "skills: [astrology]"), "skills", "unknown skill 'astrology'"),
        Arguments.of("unknown commitment", GOOD.replace("commitments: [STMT-9]", "commitments: [STMT-99]"), "commitments", "unknown commitment 'STMT-99'"),
        Arguments.of("attendance over 100", GOOD.replace("minAttendancePercent: 80", "minAttendancePercent: 180"), "completion.minAttendancePercent", "between 0 and 100"),
        Arguments.of("missing completion", GOOD.replace("completion:\n  minAttendancePercent: 80\n  passScore: 60\n", ""), "completion", "is required"),
        Arguments.of("languages not a list", GOOD.replace("[en, id]", "en"), "languages", "must be a list"),
        Arguments.of("code differs from file name", GOOD.replace("code: AI-TEST-101", "code: AI-OTHER-101"), "code", "must match the file name"),
        Arguments.of("unknown field", GOOD.replace("hours: 12", "hours: 12\nprice: 10"), "price", "unknown field"),
        Arguments.of("empty description", GOOD.substring(0, GOOD.indexOf("## About")), "description", "empty"),
        Arguments.of("self prerequisite", GOOD.replace("prerequisites: []", "prerequisites: [AI-TEST-101]"), "prerequisites", "its own prerequisite"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void aBrokenFileIsReportedWithItsFieldAndReason(String name, String content, String field, String reason) {
    CourseFileParser.Result r = parser.parse("AI-TEST-101.md", content);
    assertFalse(r.isValid(), name + " should be refused");
    assertTrue(
        r.problems().stream().anyMatch(p -> p.file().equals("AI-TEST-101.md") && p.field().equals(field) && p.reason().contains(reason)),
        () -> "expected " + field + ": " + reason + " in " + r.problems());
  }

  @Test
  void everyCourseFileOfTheRepositoryParses() throws IOException {
    CourseFileParser repoParser =
        new CourseFileParser(
            Set.of("ai-literacy", "genai-awareness", "data-protection", "cybersecurity", "digital-literacy", "machine-learning",
                "ai-governance", "data-analysis", "ai-agriculture", "ai-disaster-response", "ai-education", "accessibility",
                "ai-health", "training-delivery", "prompting"),
            Set.of("STMT-3", "STMT-7", "STMT-9", "STMT-15", "STMT-19", "STMT-20", "RM-C1.1", "RM-C1.2", "RM-A2.4"));
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("courses"))) {
      files = s.filter(p -> p.toString().endsWith(".md")).toList();
    }
    assertTrue(files.size() >= 14, "the catalogue has at least 14 courses");
    for (Path f : files) {
      CourseFileParser.Result r = repoParser.parse(f.getFileName().toString(), Files.readString(f));
      assertTrue(r.isValid(), () -> f + ": " + r.problems());
    }
  }
}
