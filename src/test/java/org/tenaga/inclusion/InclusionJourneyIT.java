package org.tenaga.inclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tenaga.support.Api;
import org.tenaga.support.SharedTenaga;
import org.tenaga.support.Browser;

/**
 * A donor in Chromium: opens a commitment from the commitments page, drills into a country,
 * finds a withheld small cell, downloads the table as XLSX — and the file holds exactly the
 * table on the screen.
 */
@ExtendWith({SharedTenaga.class, Browser.ScreenshotOnFailure.class})
class InclusionJourneyIT {

  static Browser browser;

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aDonorOpensACommitmentDrillsIntoACountrySeesASuppressedCellAndExportsWhatTheTableShows() throws Exception {
    URI base = SharedTenaga.base();
    browser = new Browser(base);
    Browser b = browser.login("donor@tenaga.test");
    assertTrue(b.driver().getCurrentUrl().contains("/donor/"), b.driver().getCurrentUrl());
    WebElement commitments = b.waitFor(By.id("commitments"));
    assertTrue(commitments.getText().contains("STMT-9"));
    assertFalse(commitments.getText().contains("STMT-20"), "a commitment the fund does not fund");
    b.screenshot("screenshots", "donor-commitments");

    b.driver().findElement(By.cssSelector("a[data-commitment='STMT-9']")).click();
    b.waitUntil(d -> d.findElement(By.id("explorer-title")).getText().startsWith("STMT-9"));
    assertTrue(b.driver().getCurrentUrl().contains("commitment=STMT-9"));
    b.waitFor(By.cssSelector("#country-chart canvas"));
    b.assertNoScriptErrors();
    b.screenshot("screenshots", "donor-explorer");

    // Drill into Timor-Leste: the smallest programme, where cells are small.
    b.driver().findElement(By.cssSelector("a.drill[data-country='TL']")).click();
    b.waitUntil(d -> d.getCurrentUrl().contains("country=TL"));
    assertEquals("TL", new Select(b.waitFor(By.id("filters:country"))).getFirstSelectedOption().getAttribute("value"));
    new Select(b.driver().findElement(By.id("filters:by"))).selectByValue("sector");
    new Select(b.driver().findElement(By.id("filters:by2"))).selectByValue("gender");
    b.driver().findElement(By.id("filters:apply")).click();
    b.waitUntil(d -> d.getCurrentUrl().contains("by2=gender"));
    List<WebElement> withheld = b.waitFor(By.id("crosstab")).findElements(By.cssSelector("td.withheld"));
    assertFalse(withheld.isEmpty(), "a small cell is withheld");
    assertEquals("<5", withheld.get(0).getText());
    b.screenshot("screenshots", "donor-explorer-suppressed");

    // What the table shows, cell by cell: "SECTOR|GENDER" → display.
    Map<String, String> shown = new HashMap<>();
    for (WebElement td : b.driver().findElements(By.cssSelector("#crosstab td[data-key]"))) {
      shown.put(td.getAttribute("data-key"), td.getText());
    }
    assertEquals(9 * 4, shown.size(), "every sector × gender combination, zeros included");

    b.assertNoScriptErrors();
    b.driver().findElement(By.id("export:xlsx")).click();
    Path file = b.awaitDownload("inclusion-STMT-9-TL-certified-by-sector-gender.xlsx");
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheetAt(0);
      Row header = sheet.getRow(0);
      assertEquals(List.of("sector", "gender", "count", "share", "display"), cells(header, 5));
      assertEquals(shown.size(), sheet.getLastRowNum());
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        Row row = sheet.getRow(i);
        String key = row.getCell(0).getStringCellValue() + "|" + row.getCell(1).getStringCellValue();
        String display = row.getCell(4).getStringCellValue();
        assertEquals(shown.get(key), display, "row " + i + " " + key);
        if (display.startsWith("<")) {
          assertNull(row.getCell(2), "a withheld count is an empty cell");
          assertNull(row.getCell(3), "a withheld share is an empty cell");
        } else {
          assertEquals(Long.parseLong(display), (long) row.getCell(2).getNumericCellValue());
        }
      }
    }
  }

  private static List<String> cells(Row row, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Cell c = row.getCell(i);
      out.add(c == null ? null : c.getStringCellValue());
    }
    return out;
  }
}
