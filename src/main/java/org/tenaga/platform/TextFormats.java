package org.tenaga.platform;

import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates, times and numbers as one of the interface languages writes them: "3 Mar 2026" in
 * English, "3 Mac 2026" in Bahasa Melayu, "3 thg 3, 2026" in Vietnamese; "1.234" in Bahasa
 * Indonesia and Vietnamese, "1,234" elsewhere. Times are 24-hour in every language, as timetables
 * in the region print them. The one place pages and page messages format with.
 */
public final class TextFormats {

  private final Locale locale;

  private TextFormats(Locale locale) {
    this.locale = locale;
  }

  public static TextFormats of(InterfaceLanguage language) {
    return new TextFormats(language.formattingLocale());
  }

  /** For a view's locale: its interface language's formats, English for any other. */
  public static TextFormats of(Locale viewLocale) {
    return of(InterfaceLanguage.byCode(viewLocale.getLanguage()).orElse(InterfaceLanguage.EN));
  }

  public Locale locale() {
    return locale;
  }

  public String date(LocalDate day) {
    return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
  }

  /** First and last day, "3 Mar 2026 – 28 Mar 2026". */
  public String dates(LocalDate from, LocalDate to) {
    return date(from) + " – " + date(to);
  }

  /** A day with its weekday, "Tuesday, 3 Mar 2026" (abbreviated weekdays are ambiguous in some languages). */
  public String day(LocalDate day) {
    return day == null ? "" : DateTimeFormatter.ofPattern("EEEE", locale).format(day) + ", " + date(day);
  }

  public String time(TemporalAccessor t) {
    return DateTimeFormatter.ofPattern("HH:mm", locale).format(t);
  }

  /** A moment in a place's time zone, "3 Mar 2026 09:00". */
  public String dateTime(OffsetDateTime at, ZoneId zone) {
    return at == null ? "" : dateTime(at.atZoneSameInstant(zone));
  }

  public String dateTime(ZonedDateTime at) {
    return date(at.toLocalDate()) + " " + time(at);
  }

  /** A moment to the second, for records such as the audit trail, "3 Mar 2026 09:00:05". */
  public String timestamp(OffsetDateTime at, ZoneId zone) {
    if (at == null) {
      return "";
    }
    var local = at.atZoneSameInstant(zone);
    return date(local.toLocalDate()) + " " + DateTimeFormatter.ofPattern("HH:mm:ss", locale).format(local);
  }

  /** A session in its place's time zone, "Tuesday, 3 Mar 2026, 09:00–12:00". */
  public String session(OffsetDateTime start, OffsetDateTime end, ZoneId zone) {
    var from = start.atZoneSameInstant(zone);
    return day(from.toLocalDate()) + ", " + time(from) + "–" + time(end.atZoneSameInstant(zone));
  }

  /** A month, "Mar 2026". */
  public String month(YearMonth month) {
    return month == null ? "" : DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
  }

  public String number(Number n) {
    return n == null ? "" : NumberFormat.getIntegerInstance(locale).format(n);
  }

  /** A share 0..1 as a percentage with one decimal, "12.5%" or "12,5%"; "–" for none. */
  public String percent(Number share) {
    if (share == null) {
      return "–";
    }
    NumberFormat f = NumberFormat.getPercentInstance(locale);
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    return f.format(share.doubleValue());
  }

  /** A difference in percentage points with its sign, "+2.5" or "-1,0". */
  public String points(double points) {
    DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
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
    String fallback = englishName == null ? code : englishName;
    if (locale.getLanguage().equals("en")) {
      return fallback;
    }
    // CLDR adds an older name in brackets to some ("Myanmar (Burma)"); the plain name is the one in use.
    String name = new Locale("", code).getDisplayCountry(locale).replaceAll("\\s*\\(.*\\)$", "");
    return name.isEmpty() || name.equals(code) ? fallback : name;
  }

  /** A value given to a message: dates, times and numbers formatted, anything else as it is. */
  public Object argument(Object value) {
    if (value instanceof LocalDate d) {
      return date(d);
    }
    if (value instanceof ZonedDateTime t) {
      return day(t.toLocalDate()) + " " + time(t);
    }
    if (value instanceof LocalTime t) {
      return time(t);
    }
    if (value instanceof Number n && !(value instanceof Double || value instanceof Float)) {
      return number(n);
    }
    return value;
  }
}
