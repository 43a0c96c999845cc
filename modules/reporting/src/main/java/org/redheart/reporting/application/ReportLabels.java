package org.redheart.reporting.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.redheart.platform.api.InvalidInput;

/**
 * The report's labels in one language ({@code reporting/labels_<lang>.properties}, UTF-8), with the
 * language's digits for figures and dates: Bengali digits in "bn". Content is never translated.
 */
final class ReportLabels {
  static final ZoneId ZONE = ZoneId.of("Asia/Dhaka");
  private static final Map<String, Properties> CACHE = new ConcurrentHashMap<>();
  private final String language;
  private final Properties labels;

  private ReportLabels(String language, Properties labels) {
    this.language = language;
    this.labels = labels;
  }

  static ReportLabels of(String language) {
    if (!"en".equals(language) && !"bn".equals(language)) {
      throw new InvalidInput("language", "the report is written in English (en) or Bangla (bn)");
    }
    return new ReportLabels(language, CACHE.computeIfAbsent(language, ReportLabels::load));
  }

  static Properties load(String language) {
    String path = "reporting/labels_" + language + ".properties";
    try (InputStream in = ReportLabels.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing " + path);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String language() {
    return language;
  }

  boolean bangla() {
    return "bn".equals(language);
  }

  /** The label; {0}, {1}… replaced by the arguments as given. */
  String get(String key, Object... args) {
    String value = labels.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("missing report label " + key + " (" + language + ")");
    }
    for (int i = 0; i < args.length; i++) {
      value = value.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return value;
  }

  /** The label of a code ({@code prefix + code}), or the code as recorded when there is none. */
  String code(String prefix, String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String value = labels.getProperty(prefix + code.trim().toUpperCase(Locale.ROOT));
    return value != null ? value : code;
  }

  /** A number with grouping, in the language's digits; null: "not recorded". */
  String number(Long value) {
    return value == null ? get("report.notRecorded") : digits(grouped(value));
  }

  /** A number in a table cell: blank when not recorded (the notes say a blank is not zero). */
  String cell(Long value) {
    return value == null ? "" : digits(grouped(value));
  }

  static String grouped(long value) {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
  }

  String digits(String text) {
    if (!bangla() || text == null) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) ('\u09E6' + (c - '0')) : c);
    }
    return b.toString();
  }

  String date(LocalDate date) {
    if (date == null) {
      return "";
    }
    return digits(date.getDayOfMonth() + " " + get("report.month." + date.getMonthValue()) + " " + date.getYear());
  }

  String date(Instant instant) {
    return instant == null ? "" : date(instant.atZone(ZONE).toLocalDate());
  }

  String month(YearMonth month) {
    return digits(get("report.month." + month.getMonthValue()) + " " + month.getYear());
  }
}
