package org.tenaga.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.tenaga.platform.InterfaceLanguage;

/**
 * Dates, times and numbers as the page's language writes them ({@code #{fmt.date(c.startDate)}}):
 * "3 Mar 2026" in English, "3 Mac 2026" in Bahasa Melayu, "3 thg 3, 2026" in Vietnamese,
 * "1.234" in Bahasa Indonesia and Vietnamese, "1,234" elsewhere. Times are 24-hour everywhere,
 * as timetables in the region print them.
 */
@Named("fmt")
@RequestScoped
public class Formats {

  @Inject LanguageChoice choice;

  private Locale locale;

  private Locale locale() {
    if (locale == null) {
      locale = choice.getLanguage().formattingLocale();
    }
    return locale;
  }

  /** For pages that are not in a request (tests, other callers): formats in this language. */
  public static Formats in(InterfaceLanguage language) {
    Formats f = new Formats();
    f.locale = language.formattingLocale();
    return f;
  }

  public String date(LocalDate day) {
    return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
  }

  /** First and last day, "3 Mar 2026 – 28 Mar 2026". */
  public String dates(LocalDate from, LocalDate to) {
    return date(from) + " – " + date(to);
  }

  /** A day with its weekday, "Tuesday, 3 Mar 2026" (abbreviated weekdays are ambiguous in some languages). */
  public String day(LocalDate day) {
    return day == null ? "" : DateTimeFormatter.ofPattern("EEEE", locale()).format(day) + ", " + date(day);
  }

  /** A moment in a place's time zone, "3 Mar 2026 09:00". */
  public String dateTime(OffsetDateTime at, ZoneId zone) {
    if (at == null) {
      return "";
    }
    var local = at.atZoneSameInstant(zone);
    return date(local.toLocalDate()) + " " + time(local);
  }

  /** A moment to the second, for records such as the audit trail, "3 Mar 2026 09:00:05". */
  public String timestamp(OffsetDateTime at, ZoneId zone) {
    if (at == null) {
      return "";
    }
    var local = at.atZoneSameInstant(zone);
    return date(local.toLocalDate()) + " " + DateTimeFormatter.ofPattern("HH:mm:ss", locale()).format(local);
  }

  /** A session in its place's time zone, "Tuesday, 3 Mar 2026, 09:00–12:00". */
  public String session(OffsetDateTime start, OffsetDateTime end, ZoneId zone) {
    var from = start.atZoneSameInstant(zone);
    return day(from.toLocalDate()) + ", " + time(from) + "–" + time(end.atZoneSameInstant(zone));
  }

  /** A month, "Mar 2026". */
  public String month(YearMonth month) {
    return month == null ? "" : DateTimeFormatter.ofPattern("MMM yyyy", locale()).format(month);
  }

  public String number(Number n) {
    return n == null ? "" : NumberFormat.getIntegerInstance(locale()).format(n);
  }

  /** A share 0..1 as a percentage with one decimal, "12.5%" or "12,5%". */
  public String percent(Number share) {
    if (share == null) {
      return "–";
    }
    NumberFormat f = NumberFormat.getPercentInstance(locale());
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    return f.format(share.doubleValue());
  }

  /**
   * A published count: the number, or what stands in for a withheld one ("<5") when it has no
   * value.
   */
  public String count(Long value, String withheld) {
    return value == null ? withheld : number(value);
  }

  /** A published share: the percentage, or what stands in for a withheld or missing one. */
  public String share(Number share, String withheld) {
    return share == null ? withheld : percent(share);
  }

  /** A difference in percentage points with its sign, "+2.5" or "−1,0". */
  public String points(double points) {
    java.text.DecimalFormat f = (java.text.DecimalFormat) NumberFormat.getNumberInstance(locale());
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    f.setPositivePrefix("+");
    return f.format(points);
  }

  /**
   * A country's name: in English as Tenaga's reference data spells it ("Viet Nam", as ASEAN
   * does), in the other languages as the language writes it ("Việt Nam", "เวียดนาม").
   */
  public String country(String code, String englishName) {
    if (code == null) {
      return "";
    }
    if (locale().getLanguage().equals("en")) {
      return englishName == null ? code : englishName;
    }
    String name = new Locale("", code).getDisplayCountry(locale());
    return name.isEmpty() || name.equals(code) ? (englishName == null ? code : englishName) : name;
  }

  private String time(java.time.temporal.TemporalAccessor t) {
    return DateTimeFormatter.ofPattern("HH:mm", locale()).format(t);
  }

  public Locale getLocale() {
    return locale();
  }
}
