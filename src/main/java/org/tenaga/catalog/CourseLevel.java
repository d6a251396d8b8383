package org.tenaga.catalog;

/** How far into a subject a course goes. */
public enum CourseLevel {
  FOUNDATIONAL,
  INTERMEDIATE,
  ADVANCED
}
