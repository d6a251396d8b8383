package org.tenaga.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files people open in a spreadsheet: RFC 4180 (Apache Commons CSV), UTF-8 with a byte-order
 * mark so that Excel reads names with diacritics correctly, and every text cell made inert. A
 * cell that starts with {@code = + - @}, a tab or a carriage return is a formula to Excel and
 * LibreOffice ("CSV injection": {@code =cmd|' /C calc'!A0}); such a cell gets a leading apostrophe,
 * which the spreadsheet shows as text. Numbers are written as numbers and never changed.
 */
public final class CsvDownload {

  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
  private static final String BOM = "\uFEFF";

  private CsvDownload() {}

  /** The file: a header line, then one line per row; a cell is a String, a Number or null. */
  public static byte[] of(List<String> header, List<? extends List<?>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(header.stream().map(CsvDownload::inert).toList());
      for (List<?> row : rows) {
        csv.printRecord(row.stream().map(CsvDownload::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return (BOM + out).getBytes(StandardCharsets.UTF_8);
  }

  private static Object cell(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof Number ? value : inert(value.toString());
  }

  /** A text cell a spreadsheet shows as text, never evaluates. */
  public static String inert(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
