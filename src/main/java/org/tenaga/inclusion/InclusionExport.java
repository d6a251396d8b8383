package org.tenaga.inclusion;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tenaga.platform.CsvDownload;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A published cross-tab as a file: CSV, XLSX (Apache POI) or a one-page PDF report (OpenPDF).
 * Each holds exactly what the JSON holds — donors' files are suppressed because the table is:
 * a header line, then one row per cell with the key columns (codes), count, share and display.
 */
public final class InclusionExport {

  /** The file formats of {@code /api/v1/inclusion/export}. */
  public enum Format {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    public final String mediaType;
    public final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public static java.util.Optional<Format> of(String name) {
      for (Format f : values()) {
        if (f.extension.equalsIgnoreCase(name == null ? "" : name.strip())) {
          return java.util.Optional.of(f);
        }
      }
      return java.util.Optional.empty();
    }
  }

  /** What the report is about: a title, the filters as a person reads them, when it was made. */
  public record Context(String title, Map<String, String> filters, ZonedDateTime generated) {}

  private InclusionExport() {}

  public static byte[] write(Format format, CrossTab table, Context context) {
    return switch (format) {
      case CSV -> csv(table);
      case XLSX -> xlsx(table, context);
      case PDF -> pdf(table, context);
    };
  }

  /** The header: the dimensions' API names, then count, share, display. */
  public static List<String> header(CrossTab table) {
    List<String> h = new ArrayList<>(table.by().stream().map(Dimension::apiName).toList());
    h.addAll(List.of("count", "share", "display"));
    return h;
  }

  public static byte[] csv(CrossTab table) {
    List<List<Object>> rows = new ArrayList<>();
    for (CrossTab.Row r : table.rows()) {
      List<Object> cells = new ArrayList<>(r.key());
      cells.add(r.count()); // withheld: null, an empty cell
      cells.add(r.share());
      cells.add(r.display());
      rows.add(cells);
    }
    return CsvDownload.of(header(table), rows);
  }

  public static byte[] xlsx(CrossTab table, Context context) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Cross-tab");
      CellStyle bold = book.createCellStyle();
      org.apache.poi.ss.usermodel.Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle percent = book.createCellStyle();
      percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
      List<String> header = header(table);
      Row h = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        Cell c = h.createCell(i);
        c.setCellValue(header.get(i));
        c.setCellStyle(bold);
      }
      int n = table.by().size();
      int at = 1;
      for (CrossTab.Row r : table.rows()) {
        Row row = sheet.createRow(at++);
        for (int i = 0; i < n; i++) {
          row.createCell(i).setCellValue(r.key().get(i));
        }
        // Withheld count and share are empty cells, never a number.
        if (r.count() != null) {
          row.createCell(n).setCellValue(r.count());
        }
        if (r.share() != null) {
          Cell s = row.createCell(n + 1);
          s.setCellValue(r.share());
          s.setCellStyle(percent);
        }
        row.createCell(n + 2).setCellValue(r.display());
      }
      for (int i = 0; i < header.size(); i++) {
        sheet.autoSizeColumn(i);
      }
      Sheet about = book.createSheet("About");
      int line = 0;
      about.createRow(line++).createCell(0).setCellValue(context.title());
      for (Map.Entry<String, String> f : context.filters().entrySet()) {
        Row row = about.createRow(line++);
        row.createCell(0).setCellValue(f.getKey());
        row.createCell(1).setCellValue(f.getValue());
      }
      Row total = about.createRow(line++);
      total.createCell(0).setCellValue("total");
      total.createCell(1).setCellValue(table.totalDisplay());
      Row generated = about.createRow(line++);
      generated.createCell(0).setCellValue("generated");
      generated.createCell(1).setCellValue(context.generated().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      if (table.k() != null) {
        about.createRow(line).createCell(0).setCellValue(suppressionNote(table.k()));
      }
      about.autoSizeColumn(0);
      about.autoSizeColumn(1);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-way table: key, count, share, display. */
  private static PdfPTable list(CrossTab table, Font small, Font bold) {
    List<String> header = header(table);
    PdfPTable grid = new PdfPTable(header.size());
    grid.setWidthPercentage(100);
    for (String h : header) {
      grid.addCell(new PdfPCell(new Phrase(h, bold)));
    }
    for (CrossTab.Row r : table.rows()) {
      r.key().forEach(k -> grid.addCell(new PdfPCell(new Phrase(k, small))));
      grid.addCell(new PdfPCell(new Phrase(r.count() == null ? "" : String.valueOf(r.count()), small)));
      grid.addCell(new PdfPCell(new Phrase(r.share() == null ? "" : InclusionReports.percent(r.share()), small)));
      grid.addCell(new PdfPCell(new Phrase(r.display(), small)));
    }
    return grid;
  }

  /** A two-way table as a grid: the first dimension down, the second across; each cell its display. */
  private static PdfPTable matrix(CrossTab table, Font small, Font bold) {
    List<String> down = table.categories(0);
    List<String> across = table.categories(1);
    PdfPTable grid = new PdfPTable(across.size() + 1);
    grid.setWidthPercentage(100);
    grid.addCell(new PdfPCell(new Phrase(table.by().get(0).apiName() + " \\ " + table.by().get(1).apiName(), bold)));
    across.forEach(a -> grid.addCell(new PdfPCell(new Phrase(a, bold))));
    for (String d : down) {
      grid.addCell(new PdfPCell(new Phrase(d, bold)));
      for (String a : across) {
        grid.addCell(new PdfPCell(new Phrase(table.row(d, a).map(CrossTab.Row::display).orElse(""), small)));
      }
    }
    return grid;
  }

  static String suppressionNote(int k) {
    return "Counts from 1 to " + (k - 1) + " are shown as <" + k + ", with their shares withheld; where one small count could be worked out"
        + " from a total, the next smallest count of that row or column is withheld too.";
  }

  /** One A4 page: title, filters, date, the key chart (bars of the counts) and the table. */
  public static byte[] pdf(CrossTab table, Context context) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    doc.open();
    Font title = new Font(Font.HELVETICA, 15, Font.BOLD);
    Font small = new Font(Font.HELVETICA, 8);
    Font smallBold = new Font(Font.HELVETICA, 8, Font.BOLD);
    doc.add(new Paragraph(context.title(), title));
    StringBuilder filters = new StringBuilder();
    context.filters().forEach((k, v) -> filters.append(filters.length() == 0 ? "" : " · ").append(k).append(": ").append(v));
    doc.add(new Paragraph(filters.toString(), small));
    doc.add(new Paragraph("Generated " + context.generated().format(DateTimeFormatter.ofPattern("d MMM yyyy HH:mm xxx")) + " · total "
        + table.totalDisplay() + " people", small));
    if (table.k() != null) {
      doc.add(new Paragraph(suppressionNote(table.k()), small));
    }
    // The key chart: one bar per row, withheld rows as an outline.
    int rows = Math.min(table.rows().size(), 30);
    float chartTop = writer.getVerticalPosition(true) - 10;
    float barArea = Math.min(260, rows * 12f);
    float left = 36 + 150;
    float width = PageSize.A4.getWidth() - 72 - 150 - 40;
    long max = Math.max(1, table.rows().stream().filter(r -> r.count() != null).mapToLong(CrossTab.Row::count).max().orElse(1));
    PdfContentByte canvas = writer.getDirectContent();
    float barHeight = rows == 0 ? 0 : barArea / rows;
    for (int i = 0; i < rows; i++) {
      CrossTab.Row r = table.rows().get(i);
      float y = chartTop - (i + 1) * barHeight;
      canvas.beginText();
      canvas.setFontAndSize(small.getCalculatedBaseFont(false), Math.min(7, barHeight - 1));
      canvas.showTextAligned(Element.ALIGN_RIGHT, String.join(" · ", r.key()), left - 4, y + barHeight * 0.25f, 0);
      canvas.showTextAligned(Element.ALIGN_LEFT, r.display(), left + (r.count() == null ? 22 : width * r.count() / max) + 3, y + barHeight * 0.25f, 0);
      canvas.endText();
      if (r.count() == null) {
        canvas.setColorStroke(new Color(0x99, 0x99, 0x99));
        canvas.rectangle(left, y + 1, 20, barHeight - 2);
        canvas.stroke();
      } else {
        canvas.setColorFill(new Color(0x0f, 0x76, 0x6e));
        canvas.rectangle(left, y + 1, width * r.count() / max, barHeight - 2);
        canvas.fill();
      }
    }
    Paragraph spacer = new Paragraph(" ");
    spacer.setSpacingBefore(barArea + 6);
    doc.add(spacer);
    doc.add(table.by().size() == 2 ? matrix(table, small, smallBold) : list(table, small, smallBold));
    doc.close();
    return out.toByteArray();
  }
}
