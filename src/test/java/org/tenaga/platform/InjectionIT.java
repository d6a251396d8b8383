package org.tenaga.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenaga.support.Api;
import org.tenaga.support.PageSession;
import org.tenaga.support.PdfFiles;
import org.tenaga.support.Programmes;
import org.tenaga.support.SharedTenaga;
import org.tenaga.support.TestCohorts;

/**
 * Script, HTML, SQL and spreadsheet-formula text in every free-text field a person types — a
 * learner's name (registered and imported by CSV), a venue's name, a revocation reason — is kept
 * exactly as typed and comes back inert: escaped in pages, plain text in PDFs, a text cell in CSV.
 */
@ExtendWith(SharedTenaga.class)
class InjectionIT {

  static final String SCRIPT = "<script>alert('x')</script>";
  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String SQL = "'; DROP TABLE learner;--";
  static final String FORMULA = "=cmd|' /C calc'!A0";
  static final String NAME = FORMULA + " " + SCRIPT + IMG + " " + SQL + " \"Ngô\" & Co";

  private static void assertInert(String html, String where) {
    assertFalse(html.contains(SCRIPT), where + " carries the script tag as markup");
    assertFalse(html.contains("<img src=x"), where + " carries the img tag as markup");
    assertTrue(html.contains("&lt;script&gt;alert("), where + " shows the text, escaped");
  }

  private static List<CSVRecord> csv(byte[] file) throws Exception {
    String text = new String(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"));
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text.substring(1))).getRecords();
  }

  @Test
  void metacharactersInFreeTextAreKeptVerbatimAndComeBackInertEverywhere() throws Exception {
    URI base = SharedTenaga.base();
    Api coordinator = Api.as(base, "coordinator@tenaga.test");
    String email = "inject-" + System.nanoTime() + "@example.org";
    Programmes.register(base, email, NAME.replace("\"", "\\\""));
    Api learner = Api.as(base, email, Programmes.PASSWORD);
    assertEquals(NAME, learner.get("/api/v1/me/profile").object().getString("fullName"), "stored exactly as typed");

    // A second learner arrives by CSV with a formula for a name.
    String cohort = TestCohorts.openGenAiInVietNam(coordinator, 10);
    assertEquals(201, learner.post("/api/v1/cohorts/" + cohort + "/enrolments", "").status());
    String imported = "=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")" + SCRIPT;
    String importEmail = "inject-csv-" + System.nanoTime() + "@example.org";
    String file = "email,fullName,country,province,gender,birthDate,locality,sector,consent\n"
        + importEmail + ",\"" + imported + "\",VN,VN-SG,FEMALE,2000-01-01,RURAL,MSME,yes\n";
    Api.Response importedReport = coordinator.post("/api/v1/cohorts/" + cohort + "/enrolments/import?confirm=true", "text/csv", file);
    assertEquals(200, importedReport.status(), importedReport::toString);

    // Pages: the coordinator's roster, the learner's own page.
    String cohortPage = PageSession.login(base, "coordinator@tenaga.test", Api.DEMO_PASSWORD).get("/coordinator/cohort.xhtml?id=" + cohort).body();
    assertInert(cohortPage, "the cohort page");
    assertTrue(cohortPage.contains("DROP TABLE learner;--"));
    assertInert(PageSession.login(base, email, Programmes.PASSWORD).get("/learner/index.xhtml").body(), "the learner's page");

    // The roster as CSV: both names are text cells, never formulas.
    Api.Download roster = coordinator.downloadAs("/api/v1/cohorts/" + cohort + "/roster", "text/csv");
    assertEquals(200, roster.status(), roster::toString);
    List<String> names = new ArrayList<>();
    for (CSVRecord r : csv(roster.body())) {
      names.add(r.get("name"));
    }
    assertTrue(names.contains("'" + NAME), "the formula name is neutralised: " + names);
    assertTrue(names.contains("'" + imported.replace("\"\"", "\"")), "the imported formula is neutralised: " + names);
    assertTrue(names.stream().noneMatch(n -> n.startsWith("=") || n.startsWith("+") || n.startsWith("-") || n.startsWith("@")), names::toString);

    // The certificate: the PDF prints the name as text; the public verification page escapes it.
    Programmes.completeWithEveryonePassing(coordinator, cohort);
    String code = learner.get("/api/v1/me/certificates").array().getJsonObject(0).getString("code");
    String pdf = PdfFiles.text(learner.download("/api/v1/certificates/" + code + "/pdf").body());
    assertTrue(pdf.contains("<script>alert('x')</script>") && pdf.contains("DROP TABLE learner"), "the PDF prints the name as text: " + pdf);
    String reason = SCRIPT + IMG + " " + SQL;
    Api.Response revoked = coordinator.post("/api/v1/certificates/" + code + "/revoke", "{\"reason\":\"" + reason.replace("\"", "\\\"") + "\"}");
    assertEquals(200, revoked.status(), revoked::toString);
    assertEquals(reason, revoked.object().getString("revocationReason"));
    HttpResponse<String> verification = PageSession.anonymous(base).get("/verify/" + code);
    assertEquals(200, verification.statusCode());
    assertInert(verification.body(), "the verification page");

    // A venue named with markup.
    Api.Response venue = coordinator.post("/api/v1/venues", """
        {"code":"VX-%d","name":"%s","country":"VN","province":"VN-SG","locality":"URBAN","capacity":20,"accessibility":"%s"}"""
        .formatted(System.nanoTime() % 100000, (SCRIPT + " Hall").replace("\"", "\\\""), IMG.replace("\"", "\\\"")));
    assertEquals(201, venue.status(), venue::toString);
    String venuePage = PageSession.login(base, "coordinator@tenaga.test", Api.DEMO_PASSWORD)
        .get("/coordinator/venue.xhtml?id=" + venue.object().getString("id")).body();
    assertInert(venuePage, "the venue page");

    // The SQL in the name was only ever data: registration still works.
    Programmes.register(base, "after-" + System.nanoTime() + "@example.org", "After The Injection");
  }
}
