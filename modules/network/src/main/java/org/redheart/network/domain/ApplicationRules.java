package org.redheart.network.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.redheart.network.api.ApplicationForm;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.InvalidInput;

/**
 * What a membership application must hold, and its values cleaned for storing: trimmed text, the
 * e-mail address lower-cased for finding, the phone in ASCII digits. Messages name the field.
 */
public final class ApplicationRules {
  public static final int MAX_NAME = 300;
  public static final int MAX_EMAIL = 320;
  public static final int MAX_PLACE = 100;
  public static final int MAX_HELP = 2000;
  public static final int MAX_REASON = 1000;

  private static final Pattern EMAIL =
      Pattern.compile("^[^@\\s<>()\\[\\],;:\"\\\\]+@[^@\\s<>()\\[\\],;:\"\\\\]+\\.[^@\\s<>()\\[\\],;:\"\\\\.]{2,}$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9]{6,15}$");

  private ApplicationRules() {}

  /** The form's values, cleaned. */
  public record Clean(
      String name, String organisationName, String email, String phone, String country, String district,
      String helpText, String language) {}

  /** @throws InvalidInput naming every field that breaks a rule */
  public static Clean check(ApplicationForm form) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (form == null) {
      throw new InvalidInput("form", "is required");
    }
    if (form.kind() == null) {
      errors.add("kind", "choose organisation or individual");
    }
    String name = text(form.name());
    if (name == null) {
      errors.add("name", "is required");
    } else if (name.length() > MAX_NAME) {
      errors.add("name", "must be at most " + MAX_NAME + " characters");
    }
    String organisation = text(form.organisationName());
    if (organisation != null && organisation.length() > MAX_NAME) {
      errors.add("organisationName", "must be at most " + MAX_NAME + " characters");
    }
    String email = text(form.email());
    if (email == null) {
      errors.add("email", "is required");
    } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
      errors.add("email", "is not an e-mail address");
    }
    String phone = phone(form.phone());
    if (text(form.phone()) != null && (phone == null || !PHONE.matcher(phone).matches())) {
      errors.add("phone", "is not a phone number (digits, optionally a leading +)");
    }
    String country = text(form.country());
    if (country == null) {
      errors.add("country", "is required");
    } else if (country.length() > MAX_PLACE) {
      errors.add("country", "must be at most " + MAX_PLACE + " characters");
    }
    String district = text(form.district());
    if (district != null && district.length() > MAX_PLACE) {
      errors.add("district", "must be at most " + MAX_PLACE + " characters");
    }
    if (form.categoryId() == null) {
      errors.add("categoryId", "choose a stakeholder category");
    }
    String help = text(form.helpText());
    if (help != null && help.length() > MAX_HELP) {
      errors.add("helpText", "must be at most " + MAX_HELP + " characters");
    }
    String language = form.language() == null ? "en" : form.language().strip();
    if (!language.equals("en") && !language.equals("bn")) {
      errors.add("language", "must be en or bn");
    }
    errors.throwIfAny();
    return new Clean(name, organisation, email, phone, country, district, help, language);
  }

  /** The reason for a decline: required, at most {@link #MAX_REASON} characters. */
  public static String reason(String reason) {
    String r = text(reason);
    if (r == null) {
      throw new InvalidInput("reason", "is required to decline: the applicant reads it");
    }
    if (r.length() > MAX_REASON) {
      throw new InvalidInput("reason", "must be at most " + MAX_REASON + " characters");
    }
    return r;
  }

  /** Lower case, trimmed: how addresses are compared here. */
  public static String normaliseEmail(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  /** A name as the directory searches it. */
  public static String searchName(String name) {
    return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
  }

  private static String phone(String phone) {
    String p = text(phone);
    return p == null ? null : Digits.toAscii(p).replaceAll("[\\s\\-().]", "");
  }

  private static String text(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    return v.isEmpty() ? null : v;
  }
}
