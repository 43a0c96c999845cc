package org.redheart.contacts.domain.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.redheart.contacts.api.ImportField;
import org.redheart.contacts.domain.Countries;
import org.redheart.contacts.domain.Districts;
import org.redheart.contacts.domain.Emails;
import org.redheart.contacts.domain.Names;
import org.redheart.contacts.domain.Phones;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.InvalidInput;

/**
 * Checks and normalises one data row under a column mapping. Each problem names the column by its
 * header and says what is wrong; a row with any problem is not imported (and stops the import until
 * the file is fixed).
 */
public final class RowValidator {
  private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "✓", "হ্যাঁ", "হাঁ", "হা", "জি");
  private static final Set<String> NO = Set.of("no", "n", "false", "0", "না");
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");

  private final List<String> headers;
  private final Map<ImportField, Integer> mapping;
  private final Map<String, Long> categories;

  /**
   * @param headers the header row's cells
   * @param mapping each field to its column index
   * @param categories stakeholder categories by {@link Names#fold folded} English and Bangla name
   *     and by number
   */
  public RowValidator(List<String> headers, Map<ImportField, Integer> mapping, Map<String, Long> categories) {
    this.headers = List.copyOf(headers);
    this.mapping = Map.copyOf(mapping);
    this.categories = Map.copyOf(categories);
  }

  /** The checked row, or its problems. */
  public record Result(StagedRow row, List<CellProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public Result check(List<String> cells) {
    List<CellProblem> problems = new ArrayList<>();
    String kind = "PERSON";
    String kindText = cell(cells, ImportField.KIND);
    if (kindText != null) {
      kind = switch (kindText.toLowerCase(Locale.ROOT)) {
        case "person", "individual", "people", "p", "ব্যক্তি" -> "PERSON";
        case "organisation", "organization", "org", "o", "সংস্থা", "প্রতিষ্ঠান" -> "ORGANISATION";
        default -> {
          problems.add(problem(ImportField.KIND, "'" + kindText + "' is neither person nor organisation"));
          yield "PERSON";
        }
      };
    }
    Boolean minorFlag = yesNo(cells, ImportField.MINOR, problems);
    boolean minor = Boolean.TRUE.equals(minorFlag);
    LocalDate guardian = date(cells, ImportField.GUARDIAN_CONSENT, problems);

    String name = Names.clean(cell(cells, ImportField.NAME));
    if (!mapping.containsKey(ImportField.NAME)) {
      problems.add(new CellProblem("name", "no column is mapped to the name"));
    } else if (name == null) {
      problems.add(problem(ImportField.NAME, "missing name"));
    } else if (name.length() > 300) {
      problems.add(problem(ImportField.NAME, "longer than 300 characters"));
    }

    String country = null;
    String countryText = cell(cells, ImportField.COUNTRY);
    if (countryText != null) {
      // a country, or a place such as "Dhaka, Bangladesh" or "Alexandria, VA, USA"
      country = Countries.codeOfPlace(countryText).orElse(null);
      if (country == null) {
        problems.add(problem(ImportField.COUNTRY, "unknown country '" + countryText + "'"));
      }
    }
    String email = cell(cells, ImportField.EMAIL);
    String emailNorm = null;
    if (email != null) {
      try {
        emailNorm = Emails.normalise(email);
        email = email.strip();
      } catch (InvalidInput e) {
        problems.add(problem(ImportField.EMAIL, "'" + email + "' is not a valid e-mail address"));
      }
    }
    String phone = null;
    String phoneText = cell(cells, ImportField.PHONE);
    if (phoneText != null) {
      try {
        phone = Phones.normalise(phoneText, country);
      } catch (InvalidInput e) {
        problems.add(problem(ImportField.PHONE, "'" + phoneText + "' is not a valid phone number"));
      }
    }
    if (minor && guardian == null && (name != null || email != null || phoneText != null)) {
      problems.add(problem(ImportField.MINOR, "a minor's name and contact details need a guardian's consent"
          + " (give its date in a guardian consent column), or leave the child out"));
    }
    Long category = null;
    String categoryText = cell(cells, ImportField.CATEGORY);
    if (categoryText != null) {
      category = categories.get(Names.fold(Digits.toAscii(categoryText)));
      if (category == null) {
        problems.add(problem(ImportField.CATEGORY, "unknown category '" + categoryText + "'"));
      }
    }
    String district = Districts.normalise(cell(cells, ImportField.DISTRICT));
    if (district != null && district.length() > 100) {
      problems.add(problem(ImportField.DISTRICT, "longer than 100 characters"));
    }
    String organisation = Names.clean(cell(cells, ImportField.ORGANISATION));
    if (organisation != null && organisation.length() > 300) {
      problems.add(problem(ImportField.ORGANISATION, "longer than 300 characters"));
    }
    String title = Names.clean(cell(cells, ImportField.TITLE));
    if (title != null && title.length() > 200) {
      problems.add(problem(ImportField.TITLE, "longer than 200 characters"));
    }
    String notes = cell(cells, ImportField.NOTES);
    if (notes != null && notes.length() > 4000) {
      problems.add(problem(ImportField.NOTES, "longer than 4,000 characters"));
    }
    String tags = tags(cells, problems);
    String languages = languages(cells, problems);
    String attendance = null;
    String attendanceText = cell(cells, ImportField.ATTENDANCE);
    if (attendanceText != null) {
      String a = attendanceText.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
      if (a.equals("onsite") || a.equals("inperson") || a.equals("সরাসরি") || a.equals("সরাসরিউপস্থিত")) {
        attendance = "ON_SITE";
      } else if (a.equals("online") || a.equals("অনলাইন") || a.equals("অনলাইনে")) {
        attendance = "ONLINE";
      } else {
        problems.add(problem(ImportField.ATTENDANCE, "'" + attendanceText + "' is neither on site nor online"));
      }
    }
    Boolean bulletin = yesNo(cells, ImportField.CONSENT_BULLETIN, problems);
    Boolean invitations = yesNo(cells, ImportField.CONSENT_INVITATIONS, problems);
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    boolean person = kind.equals("PERSON");
    String zone = country == null ? null : Countries.defaultZone(country).orElse(null);
    StagedRow row = new StagedRow(kind, name, Names.fold(name), Names.blockingKey(name), email, emailNorm, phone,
        person ? organisation : null, person && organisation != null ? Names.fold(organisation) : null, person ? title : null,
        category, district, country, zone, languages, tags, notes, minor, guardian, attendance, bulletin, invitations);
    return new Result(row, List.of());
  }

  private String tags(List<String> cells, List<CellProblem> problems) {
    String text = cell(cells, ImportField.TAGS);
    if (text == null) {
      return null;
    }
    Set<String> tags = new LinkedHashSet<>();
    for (String part : text.split("[,;|]")) {
      String tag = Names.clean(part);
      if (tag != null) {
        tag = tag.toLowerCase(Locale.ROOT);
        if (tag.length() > 60) {
          problems.add(problem(ImportField.TAGS, "the tag '" + tag.substring(0, 20) + "…' is longer than 60 characters"));
          return null;
        }
        tags.add(tag);
      }
    }
    String joined = String.join("|", tags);
    if (joined.length() > 500) {
      problems.add(problem(ImportField.TAGS, "too many tags (at most 500 characters in all)"));
      return null;
    }
    return joined.isEmpty() ? null : joined;
  }

  private String languages(List<String> cells, List<CellProblem> problems) {
    String text = cell(cells, ImportField.LANGUAGES);
    if (text == null) {
      return null;
    }
    boolean en = false;
    boolean bn = false;
    for (String part : text.split("[,;/|]|\\s+and\\s+|\\s+")) {
      String p = part.strip().toLowerCase(Locale.ROOT);
      switch (p) {
        case "" -> { }
        case "en", "eng", "english", "ইংরেজি", "ইংরেজী" -> en = true;
        case "bn", "ben", "bangla", "bengali", "বাংলা" -> bn = true;
        default -> {
          problems.add(problem(ImportField.LANGUAGES, "unknown language '" + part.strip() + "' (English or Bangla)"));
          return null;
        }
      }
    }
    return en && bn ? "en,bn" : en ? "en" : bn ? "bn" : null;
  }

  private Boolean yesNo(List<String> cells, ImportField field, List<CellProblem> problems) {
    String text = cell(cells, field);
    if (text == null) {
      return null;
    }
    String t = text.toLowerCase(Locale.ROOT);
    if (YES.contains(t)) {
      return true;
    }
    if (NO.contains(t)) {
      return false;
    }
    problems.add(problem(field, "'" + text + "' is neither yes nor no"));
    return null;
  }

  private LocalDate date(List<String> cells, ImportField field, List<CellProblem> problems) {
    String text = cell(cells, field);
    if (text == null) {
      return null;
    }
    String t = Digits.toAscii(text);
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(t, DAY_MONTH_YEAR);
      } catch (DateTimeParseException again) {
        problems.add(problem(field, "'" + text + "' is not a date of the form 2026-12-31"));
        return null;
      }
    }
  }

  /** The stripped cell of a field, or null when the field is not mapped or the cell is blank. */
  private String cell(List<String> cells, ImportField field) {
    Integer column = mapping.get(field);
    if (column == null || column >= cells.size()) {
      return null;
    }
    String value = cells.get(column);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private CellProblem problem(ImportField field, String reason) {
    Integer column = mapping.get(field);
    String header = column != null && column < headers.size() && !headers.get(column).isBlank()
        ? headers.get(column).strip()
        : field.name().toLowerCase(Locale.ROOT);
    return new CellProblem(header, reason);
  }
}
