package org.tenaga.catalog;

/** Why a course file was skipped: the file, the field at fault (or "file"), and the reason. */
public record CourseFileProblem(String file, String field, String reason) {

  @Override
  public String toString() {
    return file + ": " + field + ": " + reason;
  }
}
