package org.redheart.contacts.domain.imports;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.redheart.contacts.api.ImportField;

/**
 * Matches header cells to {@link ImportField}s by their English or Bangla names, ignoring case,
 * spaces, hyphens and underscores ("E-mail", "email_address" and "ই-মেইল" all mean {@link
 * ImportField#EMAIL}). The first column that matches a field gets it.
 */
public final class HeaderMatcher {
  private static final Map<String, ImportField> NAMES = new HashMap<>();

  static {
    names(ImportField.NAME, "name", "full name", "contact name", "person", "নাম", "পূর্ণ নাম");
    names(ImportField.EMAIL, "email", "e-mail", "email address", "e-mail address", "mail", "ই-মেইল", "ইমেইল", "ই-মেল",
        "ইমেল", "ই-মেইল ঠিকানা");
    names(ImportField.PHONE, "phone", "telephone", "tel", "mobile", "phone number", "mobile number", "ফোন", "মোবাইল",
        "ফোন নম্বর", "মোবাইল নম্বর");
    names(ImportField.ORGANISATION, "organisation", "organization", "org", "company", "institution", "সংস্থা",
        "সংগঠন", "প্রতিষ্ঠান");
    names(ImportField.TITLE, "title", "job title", "position", "designation", "role", "title role", "title/role",
        "পদবি", "পদবী", "পদ");
    names(ImportField.CATEGORY, "category", "stakeholder category", "stakeholder", "শ্রেণি", "শ্রেণী", "ক্যাটাগরি",
        "অংশীজন", "অংশীজন শ্রেণি");
    names(ImportField.DISTRICT, "district", "জেলা");
    names(ImportField.COUNTRY, "country", "city country", "city, country", "city/country", "place", "location",
        "দেশ", "স্থান");
    names(ImportField.TAGS, "tags", "tag", "ট্যাগ");
    names(ImportField.LANGUAGES, "languages", "language", "ভাষা");
    names(ImportField.NOTES, "notes", "note", "comments", "comment", "remarks", "মন্তব্য", "নোট");
    names(ImportField.KIND, "kind", "type", "contact type", "ধরন");
    names(ImportField.MINOR, "minor", "under 18", "child", "অপ্রাপ্তবয়স্ক", "শিশু");
    names(ImportField.GUARDIAN_CONSENT, "guardian consent", "guardian consent date", "guardian consented",
        "অভিভাবকের সম্মতি");
    names(ImportField.ATTENDANCE, "attendance", "joins", "attendance preference", "উপস্থিতি");
    names(ImportField.CONSENT_BULLETIN, "consent bulletin", "bulletin consent", "bulletin", "বুলেটিনে সম্মতি",
        "বুলেটিন সম্মতি", "বুলেটিন");
    names(ImportField.CONSENT_INVITATIONS, "consent invitations", "invitations consent", "consent meeting invitations",
        "invitations", "আমন্ত্রণে সম্মতি", "আমন্ত্রণ সম্মতি", "আমন্ত্রণ");
  }

  private HeaderMatcher() {}

  private static void names(ImportField field, String... names) {
    for (String name : names) {
      NAMES.put(key(name), field);
    }
  }

  /** The field a header cell names, if any. */
  public static Optional<ImportField> field(String header) {
    return header == null ? Optional.empty() : Optional.ofNullable(NAMES.get(key(header)));
  }

  /** The automatic mapping of a header row: each field to the first column that names it. */
  public static Map<ImportField, Integer> match(List<String> headers) {
    Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
    for (int i = 0; i < headers.size(); i++) {
      int column = i;
      field(headers.get(i)).ifPresent(f -> mapping.putIfAbsent(f, column));
    }
    return mapping;
  }

  static String key(String header) {
    String s = Normalizer.normalize(header, Normalizer.Form.NFC)
        .replaceAll("[\\u200B-\\u200D\\uFEFF]", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s_\\-:.*()]+", " ")
        .strip();
    return s.replace(" ", "");
  }
}
