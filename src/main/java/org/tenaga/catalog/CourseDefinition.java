package org.tenaga.catalog;

import java.util.List;
import java.util.Set;

/** A course as its file defines it, checked field by field by {@link CourseFileParser}. */
public record CourseDefinition(
    String code,
    String title,
    String summary,
    CourseLevel level,
    int hours,
    List<String> languages,
    Set<DeliveryMode> deliveryModes,
    Set<String> skills,
    Set<String> commitments,
    int minAttendancePercent,
    Integer passScore,
    Integer validityMonths,
    Set<String> prerequisites,
    String trainerFor,
    String descriptionMarkdown,
    String sourceFile,
    String contentHash) {}
