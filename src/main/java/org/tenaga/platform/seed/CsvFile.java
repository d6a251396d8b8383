package org.tenaga.platform.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A seed CSV file read from the class path, with typed cells that name file, line and column. */
final class CsvFile {

  private final String name;
  private final List<Row> rows;

  private CsvFile(String name, List<Row> rows) {
    this.name = name;
    this.rows = rows;
  }

  static CsvFile read(String name) {
    try (InputStream in = SeedFiles.open(name);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(new Row(name, record));
      }
      return new CsvFile(name, rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed file " + name, e);
    }
  }

  String name() {
    return name;
  }

  List<Row> rows() {
    return rows;
  }

  /** One line of a seed file. */
  static final class Row {
    private final String file;
    private final CSVRecord record;

    Row(String file, CSVRecord record) {
      this.file = file;
      this.record = record;
    }

    SeedException problem(String column, String reason) {
      return new SeedException(file + " line " + (record.getRecordNumber() + 1) + ", " + column + ": " + reason);
    }

    String optional(String column) {
      if (!record.isMapped(column)) {
        throw problem(column, "the column is missing from the header");
      }
      String v = record.get(column);
      return v == null || v.isBlank() ? null : v.strip();
    }

    String required(String column) {
      String v = optional(column);
      if (v == null) {
        throw problem(column, "is required");
      }
      return v;
    }

    int requiredInt(String column) {
      return parse(column, required(column), Integer::parseInt);
    }

    Integer optionalInt(String column) {
      String v = optional(column);
      return v == null ? null : parse(column, v, Integer::parseInt);
    }

    boolean bool(String column) {
      String v = required(column).toLowerCase(Locale.ROOT);
      if (!v.equals("true") && !v.equals("false")) {
        throw problem(column, "must be true or false, not '" + v + "'");
      }
      return v.equals("true");
    }

    LocalDate date(String column) {
      String v = optional(column);
      return v == null ? null : parse(column, v, LocalDate::parse);
    }

    OffsetDateTime dateTime(String column) {
      String v = optional(column);
      return v == null ? null : parse(column, v, OffsetDateTime::parse);
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
      String v = optional(column);
      if (v == null) {
        return null;
      }
      try {
        return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw problem(column, "'" + v + "' is not one of " + Arrays.toString(type.getEnumConstants()));
      }
    }

    Set<String> list(String column) {
      String v = optional(column);
      Set<String> out = new TreeSet<>();
      if (v != null) {
        for (String part : v.split("\\|")) {
          if (!part.isBlank()) {
            out.add(part.strip());
          }
        }
      }
      return out;
    }

    private <T> T parse(String column, String value, Function<String, T> parser) {
      try {
        return parser.apply(value);
      } catch (RuntimeException e) {
        throw problem(column, "cannot read '" + value + "'");
      }
    }
  }
}
