package org.tenaga.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tenaga.support.PdfFiles;

class CertificatePdfTest {

  private static final String URL = "https://tenaga.example.org/verify/abcdefghijklmnopqrstuvwxyz234567";

  private static CertificatePdf.Content content(Optional<String> holder, CertificateStatus status, LocalDate expires) {
    return content(holder, status, expires, "AI Literacy for Micro, Small and Medium Enterprises", List.of("AI literacy", "Data protection"));
  }

  private static CertificatePdf.Content content(
      Optional<String> holder, CertificateStatus status, LocalDate expires, String title, List<String> skills) {
    return new CertificatePdf.Content(holder, title, "AI-MSME-101", 12, skills, LocalDate.of(2026, 3, 2), "TNG-0000042", expires,
        IssuingInstallation.nameFor("ASEAN Foundation"), status,
        status == CertificateStatus.REVOKED ? "Issued in error" : null,
        status == CertificateStatus.REVOKED ? LocalDate.of(2026, 4, 1) : null, URL);
  }

  /** Kept beside the browser tests' screenshots, for a person to look at. */
  private static void keep(String name, byte[] pdf) throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
    java.nio.file.Files.write(dir.resolve(name + ".pdf"), pdf);
  }

  @Test
  void oneLandscapePageWithEverythingAnEmployerChecksAndAQrCodeOfTheVerificationAddress() throws Exception {
    byte[] pdf = CertificatePdf.render(content(Optional.of("Đặng Thúy Hằng"), CertificateStatus.VALID, LocalDate.of(2028, 3, 2)));
    keep("certificate-valid", pdf);
    assertEquals(1, PdfFiles.pages(pdf));
    var page = new com.lowagie.text.pdf.PdfReader(pdf).getPageSizeWithRotation(1);
    assertTrue(page.getWidth() > page.getHeight(), "landscape");
    String text = PdfFiles.text(pdf);
    for (String expected : List.of("Đặng Thúy Hằng", "AI Literacy for Micro", "AI-MSME-101", "12 hours", "AI literacy, Data protection",
        "2 March 2026", "TNG-0000042", "2 March 2028", "Tenaga · ASEAN Foundation", URL)) {
      assertTrue(text.contains(expected), () -> expected + " missing from:\n" + text);
    }
    assertFalse(text.contains("REVOKED"));
    assertEquals(URL, PdfFiles.qrCode(pdf));
  }

  @Test
  void aRevokedCertificateSaysSoWithReasonAndDateAndOneThatDoesNotExpireSaysThat() throws Exception {
    // The longest title in the catalogue and many skills: still one page, the stamp on it.
    byte[] pdf = CertificatePdf.render(content(Optional.of("Maria Clara Dela Cruz-Santos"), CertificateStatus.REVOKED, null,
        "AI for Public-Sector Officials: Policy, Procurement and Services (Roadmap C1.2) and Everything Around It",
        List.of("AI governance", "AI literacy", "Data protection", "Cybersecurity", "Generative-AI awareness", "Public procurement")));
    keep("certificate-revoked", pdf);
    assertEquals(1, PdfFiles.pages(pdf));
    String text = PdfFiles.text(pdf);
    assertTrue(text.contains("REVOKED on 1 April 2026: Issued in error"), text);
    assertTrue(text.contains("Certificate does not expire"), text);
  }

  @Test
  void anErasedHolderIsNotNamed() throws Exception {
    byte[] pdf = CertificatePdf.render(content(Optional.empty(), CertificateStatus.EXPIRED, LocalDate.of(2026, 9, 1)));
    String text = PdfFiles.text(pdf);
    assertTrue(text.contains("erased their personal data"), text);
    assertTrue(text.contains("EXPIRED on 1 September 2026"), text);
    assertEquals(URL, PdfFiles.qrCode(pdf));
  }
}
