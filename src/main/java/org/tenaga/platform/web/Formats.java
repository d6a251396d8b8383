package org.tenaga.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import org.tenaga.platform.TextFormats;

/**
 * The page's {@link TextFormats}, for pages ({@code #{fmt.date(c.startDate)}}) and beans: in the
 * language the page is shown in.
 */
@Named("fmt")
@RequestScoped
public class Formats {

  @Inject LanguageChoice choice;

  private TextFormats formats;

  private TextFormats formats() {
    if (formats == null) {
      formats = TextFormats.of(choice.getLanguage());
    }
    return formats;
  }

  public Locale getLocale() {
    return formats().locale();
  }

  public String date(LocalDate day) {
    return formats().date(day);
  }

  public String dates(LocalDate from, LocalDate to) {
    return formats().dates(from, to);
  }

  public String day(LocalDate day) {
    return formats().day(day);
  }

  public String dateTime(OffsetDateTime at, ZoneId zone) {
    return formats().dateTime(at, zone);
  }

  public String timestamp(OffsetDateTime at, ZoneId zone) {
    return formats().timestamp(at, zone);
  }

  public String session(OffsetDateTime start, OffsetDateTime end, ZoneId zone) {
    return formats().session(start, end, zone);
  }

  public String month(YearMonth month) {
    return formats().month(month);
  }

  public String number(Number n) {
    return formats().number(n);
  }

  public String percent(Number share) {
    return formats().percent(share);
  }

  /** A published count: the number, or what stands in for a withheld one ("<5"). */
  public String count(Long value, String withheld) {
    return value == null ? withheld : number(value);
  }

  /** A published share: the percentage, or what stands in for a withheld or missing one. */
  public String share(Number share, String withheld) {
    return share == null ? withheld : percent(share);
  }

  public String points(double points) {
    return formats().points(points);
  }

  public String country(String code, String englishName) {
    return formats().country(code, englishName);
  }
}
