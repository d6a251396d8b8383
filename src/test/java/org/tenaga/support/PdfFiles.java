package org.tenaga.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reading what a PDF holds, as a person's tools would: its pages, its text, its images, and the
 * QR code among them decoded with ZXing.
 */
public final class PdfFiles {

  private PdfFiles() {}

  public static int pages(byte[] pdf) throws IOException {
    return new PdfReader(pdf).getNumberOfPages();
  }

  /** The text of every page, in reading order. */
  public static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    return text.toString();
  }

  /**
   * The image XObjects of every page as pictures: greyscale or RGB, 1 or 8 bits per component,
   * Flate-compressed or raw (what a lossless image in a PDF is).
   */
  public static List<BufferedImage> images(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    List<BufferedImage> images = new ArrayList<>();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      PdfDictionary resources = (PdfDictionary) PdfReader.getPdfObject(reader.getPageN(page).get(PdfName.RESOURCES));
      collect(resources, images);
    }
    return images;
  }

  private static void collect(PdfDictionary resources, List<BufferedImage> images) throws IOException {
    if (resources == null) {
      return;
    }
    PdfDictionary xobjects = (PdfDictionary) PdfReader.getPdfObject(resources.get(PdfName.XOBJECT));
    if (xobjects == null) {
      return;
    }
    for (PdfName name : xobjects.getKeys()) {
      PdfObject object = PdfReader.getPdfObject(xobjects.get(name));
      if (!(object instanceof PRStream stream)) {
        continue;
      }
      if (PdfName.FORM.equals(stream.get(PdfName.SUBTYPE))) {
        collect((PdfDictionary) PdfReader.getPdfObject(stream.get(PdfName.RESOURCES)), images);
      } else if (PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
        images.add(picture(stream));
      }
    }
  }

  private static BufferedImage picture(PRStream stream) throws IOException {
    int width = stream.getAsNumber(PdfName.WIDTH).intValue();
    int height = stream.getAsNumber(PdfName.HEIGHT).intValue();
    int bits = stream.getAsNumber(PdfName.BITSPERCOMPONENT).intValue();
    boolean rgb = PdfName.DEVICERGB.equals(stream.get(PdfName.COLORSPACE));
    byte[] data = PdfReader.getStreamBytes(stream); // undoes Flate
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int rowBytes = rgb ? width * 3 : (width * bits + 7) / 8;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int rgbValue;
        if (rgb) {
          int i = y * rowBytes + x * 3;
          rgbValue = ((data[i] & 0xff) << 16) | ((data[i + 1] & 0xff) << 8) | (data[i + 2] & 0xff);
        } else {
          int grey;
          if (bits == 8) {
            grey = data[y * rowBytes + x] & 0xff;
          } else if (bits == 1) {
            grey = ((data[y * rowBytes + x / 8] >> (7 - x % 8)) & 1) == 1 ? 255 : 0;
          } else {
            throw new IllegalArgumentException(bits + " bits per component");
          }
          rgbValue = (grey << 16) | (grey << 8) | grey;
        }
        image.setRGB(x, y, rgbValue);
      }
    }
    return image;
  }

  /** The text of the first QR code among the PDF's images. */
  public static String qrCode(byte[] pdf) throws IOException {
    for (BufferedImage image : images(pdf)) {
      try {
        Result result = new QRCodeReader().decode(
            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return result.getText();
      } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException notAQrCode) {
        // another image
      }
    }
    throw new AssertionError("the PDF holds no readable QR code among its " + images(pdf).size() + " images");
  }
}
