package org.tenaga.catalog;

import java.util.List;

/** What a catalogue load did: courses loaded (new or changed), unchanged, and files skipped. */
public record CatalogueReload(int loaded, int unchanged, List<CourseFileProblem> problems) {}
