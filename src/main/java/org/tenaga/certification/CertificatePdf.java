package org.tenaga.certification;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A certificate as one A4 landscape PDF page: holder, course, hours, skills, dates, serial,
 * issuer, a status other than VALID marked across the page, and the verification address as
 * text and as a QR code. The QR code is a lossless greyscale bitmap (no JPEG artefacts), so any
 * reader — a phone, or a test — decodes exactly the address printed under it.
 */
public final class CertificatePdf {

  /** The labels, from the pages' message bundle (the PDF speaks like the pages do). */
  private static final String BUNDLE = "org.tenaga.platform.web.messages";

  private static final String FONTS = "/org/tenaga/certification/fonts/";
  private static final Color INK = new Color(0x1f, 0x29, 0x37);
  private static final Color MUTED = new Color(0x4b, 0x55, 0x63);
  private static final Color ACCENT = new Color(0x0b, 0x5c, 0x6b);
  private static final Color ALERT = new Color(0xb4, 0x1c, 0x1c);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** QR modules are drawn this many pixels wide: crisp when printed, easy for any decoder. */
  private static final int QR_PIXELS = 330;

  private static final int REASON_SHOWN = 160;

  /** DejaVu Sans covers Latin with every Vietnamese and Malay diacritic; loaded once, parsed per document. */
  private static final byte[] REGULAR = font("DejaVuSans.ttf");

  private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

  private CertificatePdf() {}

  /**
   * What the page shows; {@code holder} is empty when the holder erased their personal data.
   * {@code expiresOn}, {@code revocationReason} and {@code revokedOn} may be null.
   */
  public record Content(
      java.util.Optional<String> holder,
      String courseTitle,
      String courseCode,
      int hours,
      List<String> skills,
      LocalDate issuedOn,
      String serial,
      LocalDate expiresOn,
      String issuer,
      CertificateStatus status,
      String revocationReason,
      LocalDate revokedOn,
      String verificationUrl) {}

  /** Renders the certificate; the labels come from the message bundle in English. */
  public static byte[] render(Content c) {
    ResourceBundle text = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
    try {
      BaseFont regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, REGULAR, null);
      BaseFont bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, BOLD, null);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Document doc = new Document(PageSize.A4.rotate(), 64, 64, 50, 36);
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      doc.addTitle(text.getString("pdf.title") + " " + c.serial());
      doc.addSubject(c.courseCode() + " · " + c.courseTitle());
      doc.addCreator(c.issuer());
      doc.open();

      frame(writer.getDirectContentUnder(), doc.getPageSize());
      doc.add(centred(c.issuer().toUpperCase(Locale.ROOT), new Font(bold, 11, Font.NORMAL, ACCENT), 0, 10));
      doc.add(centred(text.getString("pdf.title"), new Font(bold, 30, Font.NORMAL, INK), 0, 12));
      if (c.status() != CertificateStatus.VALID) {
        doc.add(centred(statusLine(c, text), new Font(bold, 15, Font.NORMAL, ALERT), 0, 6));
      }
      doc.add(centred(text.getString("pdf.certifies"), new Font(regular, 12, Font.NORMAL, MUTED), 14, 6));
      doc.add(c.holder()
          .map(name -> centred(name, new Font(bold, 26, Font.NORMAL, INK), 0, 14))
          .orElseGet(() -> centred(text.getString("pdf.holder.erased"), new Font(regular, 15, Font.NORMAL, MUTED), 4, 8)));
      doc.add(centred(text.getString("pdf.completed"), new Font(regular, 12, Font.NORMAL, MUTED), 4, 6));
      doc.add(centred(c.courseTitle(), new Font(bold, 18, Font.NORMAL, INK), 0, 2));
      doc.add(centred(c.courseCode() + " · " + MessageFormat.format(text.getString("catalogue.hours"), c.hours()),
          new Font(regular, 12, Font.NORMAL, MUTED), 0, 4));
      if (!c.skills().isEmpty()) {
        doc.add(centred(text.getString("course.skills") + ": " + String.join(", ", c.skills()), new Font(regular, 11, Font.NORMAL, MUTED), 2, 20));
      }
      doc.add(factsAndCode(c, text, new Font(regular, 10, Font.NORMAL, MUTED), new Font(bold, 11, Font.NORMAL, INK)));
      Paragraph verify = new Paragraph();
      verify.add(new Chunk(text.getString("pdf.verify") + " ", new Font(regular, 10, Font.NORMAL, MUTED)));
      verify.add(new Chunk(c.verificationUrl(), new Font(bold, 10, Font.NORMAL, ACCENT)).setAnchor(c.verificationUrl()));
      verify.setSpacingBefore(6);
      doc.add(verify);

      if (c.status() != CertificateStatus.VALID) {
        stamp(writer.getDirectContent(), doc.getPageSize(), text.getString("pdf.stamp." + c.status()), bold);
      }
      doc.close();
      return out.toByteArray();
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("could not render certificate " + c.serial(), e);
    }
  }

  /** "REVOKED on 3 March 2026: issued in error" or "EXPIRED on …". */
  private static String statusLine(Content c, ResourceBundle text) {
    return switch (c.status()) {
      case REVOKED -> MessageFormat.format(text.getString("pdf.status.REVOKED"),
          c.revokedOn() == null ? "" : DATE.format(c.revokedOn()), shortened(c.revocationReason()));
      case EXPIRED -> MessageFormat.format(text.getString("pdf.status.EXPIRED"), DATE.format(c.expiresOn()));
      case VALID -> "";
    };
  }

  /** A long reason is cut so that the page stays one page; the verification page shows it whole. */
  private static String shortened(String reason) {
    if (reason == null) {
      return "";
    }
    return reason.length() <= REASON_SHOWN ? reason : reason.substring(0, REASON_SHOWN - 1).strip() + "…";
  }

  /** Serial, dates, issuer and status on the left; the QR code of the verification address on the right. */
  private static PdfPTable factsAndCode(Content c, ResourceBundle text, Font label, Font value) throws DocumentException {
    PdfPTable facts = new PdfPTable(new float[] {1, 2.2f});
    facts.setWidthPercentage(100);
    fact(facts, text.getString("desk.serial"), c.serial(), label, value);
    fact(facts, text.getString("pdf.issued"), DATE.format(c.issuedOn()), label, value);
    fact(facts, text.getString("verify.expires"),
        c.expiresOn() == null ? text.getString("course.novalidity") : DATE.format(c.expiresOn()), label, value);
    fact(facts, text.getString("verify.issuer"), c.issuer(), label, value);
    fact(facts, text.getString("cohort.status"), text.getString("pdf.state." + c.status()), label,
        c.status() == CertificateStatus.VALID ? value : new Font(value.getBaseFont(), value.getSize(), Font.NORMAL, ALERT));

    Image qr = qrCode(c.verificationUrl());
    qr.scaleAbsolute(128, 128);
    PdfPCell code = new PdfPCell();
    code.setBorder(Rectangle.NO_BORDER);
    code.setHorizontalAlignment(Element.ALIGN_RIGHT);
    code.setVerticalAlignment(Element.ALIGN_BOTTOM);
    code.addElement(qr);
    Paragraph scan = new Paragraph(text.getString("pdf.scan"), new Font(label.getBaseFont(), 8, Font.NORMAL, MUTED));
    code.addElement(scan);

    PdfPTable layout = new PdfPTable(new float[] {3.2f, 1});
    layout.setWidthPercentage(100);
    PdfPCell left = new PdfPCell(facts);
    left.setBorder(Rectangle.NO_BORDER);
    left.setVerticalAlignment(Element.ALIGN_BOTTOM);
    layout.addCell(left);
    layout.addCell(code);
    return layout;
  }

  private static void fact(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
    PdfPCell l = new PdfPCell(new Phrase(label, labelFont));
    PdfPCell v = new PdfPCell(new Phrase(value, valueFont));
    for (PdfPCell cell : List.of(l, v)) {
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPaddingBottom(4);
    }
    table.addCell(l);
    table.addCell(v);
  }

  /**
   * The verification address as a QR code: ZXing's module matrix copied pixel for pixel into an
   * 8-bit greyscale image that the PDF keeps Flate-compressed, i.e. without loss.
   */
  static Image qrCode(String url) throws DocumentException {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, QR_PIXELS, QR_PIXELS,
          Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode " + url + " as a QR code", e);
    }
    int width = matrix.getWidth();
    int height = matrix.getHeight();
    byte[] grey = new byte[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        grey[y * width + x] = matrix.get(x, y) ? 0 : (byte) 0xff;
      }
    }
    Image image = Image.getInstance(width, height, 1, 8, grey);
    image.setInterpolation(false);
    image.setAlt(url);
    return image;
  }

  private static Paragraph centred(String text, Font font, float before, float after) {
    Paragraph p = new Paragraph(new Chunk(text, font));
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingBefore(before);
    p.setSpacingAfter(after);
    p.setLeading(font.getSize() * 1.25f);
    return p;
  }

  private static void frame(PdfContentByte under, Rectangle page) {
    under.saveState();
    under.setColorStroke(ACCENT);
    under.setLineWidth(2.5f);
    under.rectangle(22, 22, page.getWidth() - 44, page.getHeight() - 44);
    under.stroke();
    under.setLineWidth(0.6f);
    under.rectangle(28, 28, page.getWidth() - 56, page.getHeight() - 56);
    under.stroke();
    under.restoreState();
  }

  /** REVOKED or EXPIRED across the page, so that no one can mistake a printout for a valid one. */
  private static void stamp(PdfContentByte over, Rectangle page, String word, BaseFont bold) {
    over.saveState();
    PdfGState translucent = new PdfGState();
    translucent.setFillOpacity(0.22f);
    over.setGState(translucent);
    ColumnText.showTextAligned(over, Element.ALIGN_CENTER, new Phrase(word, new Font(bold, 110, Font.NORMAL, ALERT)),
        page.getWidth() / 2, page.getHeight() / 2 - 40, 20);
    over.restoreState();
  }

  private static byte[] font(String file) {
    try (InputStream in = CertificatePdf.class.getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new IllegalStateException("font " + file + " is missing from the application");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
