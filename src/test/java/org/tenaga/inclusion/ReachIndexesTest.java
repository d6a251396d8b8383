package org.tenaga.inclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The start-up rebuild builds again exactly the reach rows' indexes the migrations create. */
class ReachIndexesTest {

  @Test
  void theRebuildsIndexesAreTheMigrations() throws IOException {
    Map<String, String> migrated = new TreeMap<>();
    try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
      for (Path f : files.sorted().toList()) {
        String sql = Files.readString(f);
        if (Pattern.compile("(?i)DROP TABLE inclusion_reach\\b").matcher(sql).find()) {
          migrated.clear(); // the table and its indexes made anew
        }
        Matcher m = Pattern.compile("(?i)CREATE INDEX (\\w+) ON inclusion_reach \\(([^)]+)\\)").matcher(sql);
        while (m.find()) {
          migrated.put(m.group(1), m.group(2));
        }
        Matcher dropped = Pattern.compile("(?i)DROP INDEX (?:IF EXISTS )?(inclusion_reach_\\w+)").matcher(sql);
        while (dropped.find()) {
          migrated.remove(dropped.group(1));
        }
      }
    }
    assertEquals(migrated, new TreeMap<>(RollupStore.REACH_INDEXES));
  }
}
