package org.redheart.contacts.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.redheart.contacts.api.Affiliation;
import org.redheart.contacts.api.AttendancePreference;
import org.redheart.contacts.api.ContactInput;
import org.redheart.contacts.api.ContactKind;
import org.redheart.platform.api.InvalidInput;

/**
 * A contact's input, normalised and checked: what {@link Contact} stores. Every rule that needs no
 * database lives here; {@link #of} reports every broken rule at once, by field.
 *
 * @param emails normalised address → address as entered (trimmed), in the order entered
 * @param affiliations organisation id → title
 */
public record ContactForm(
    ContactKind kind,
    String name,
    boolean minor,
    LocalDate guardianConsentOn,
    String district,
    String countryCode,
    String timeZone,
    Set<String> languages,
    Map<String, String> emails,
    List<String> phones,
    Set<String> tags,
    Set<Long> categoryIds,
    Map<String, String> affiliations,
    String notes,
    AttendancePreference attendancePreference) {

  public static final String CHILD_DETAILS_NEED_CONSENT =
      "a child's name and contact details are recorded only with a guardian's consent";
  public static final Set<String> LANGUAGES = Set.of("en", "bn");

  /**
   * Normalises and checks the input.
   *
   * @param today the date a guardian's consent may not be after
   * @param categoryExists whether a stakeholder category id is known
   * @throws InvalidInput naming every field that breaks a rule
   */
  public static ContactForm of(ContactInput in, LocalDate today, LongPredicate categoryExists) {
    if (in == null) {
      throw new InvalidInput("body", "a contact is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (in.kind() == null) {
      errors.add("kind", "is required: PERSON or ORGANISATION");
    }
    String name = Names.clean(in.name());
    boolean nameless = in.minor() && in.guardianConsentOn() == null;
    if (in.minor()) {
      if (in.kind() == ContactKind.ORGANISATION) {
        errors.add("minor", "an organisation cannot be a minor");
      }
      if (in.guardianConsentOn() != null && in.guardianConsentOn().isAfter(today)) {
        errors.add("guardianConsentOn", "cannot be in the future");
      }
      if (nameless) {
        if (name != null) {
          errors.add("name", CHILD_DETAILS_NEED_CONSENT);
        }
        if (in.emails().stream().anyMatch(e -> e != null && !e.isBlank())) {
          errors.add("emails", CHILD_DETAILS_NEED_CONSENT);
        }
        if (in.phones().stream().anyMatch(p -> p != null && !p.isBlank())) {
          errors.add("phones", CHILD_DETAILS_NEED_CONSENT);
        }
      }
    } else if (in.guardianConsentOn() != null) {
      errors.add("guardianConsentOn", "is only for a contact under 18");
    }
    if (name == null && !nameless) {
      errors.add("name", "is required");
    } else if (name != null && name.length() > 300) {
      errors.add("name", "is longer than 300 characters");
    } else if (name != null && Names.fold(name).isEmpty()) {
      errors.add("name", "has no letters");
    }

    String countryCode = null;
    if (in.country() != null && !in.country().isBlank()) {
      countryCode = Countries.code(in.country()).orElse(null);
      if (countryCode == null) {
        errors.add("country", "unknown country '" + in.country().strip() + "'");
      }
    }
    String district = Districts.normalise(in.district());
    if (district != null && district.length() > 100) {
      errors.add("district", "is longer than 100 characters");
    }
    String timeZone = null;
    if (in.timeZone() != null && !in.timeZone().isBlank()) {
      try {
        timeZone = ZoneId.of(in.timeZone().strip()).getId();
      } catch (DateTimeException e) {
        errors.add("timeZone", "unknown time zone '" + in.timeZone().strip() + "' (use a name such as Asia/Dhaka)");
      }
    } else if (countryCode != null) {
      timeZone = Countries.defaultZone(countryCode).orElse(null);
    }

    Set<String> languages = new LinkedHashSet<>();
    for (String l : in.languages()) {
      String lang = l == null ? "" : l.strip().toLowerCase(Locale.ROOT);
      if (!LANGUAGES.contains(lang)) {
        errors.add("languages", "only en (English) and bn (Bangla), not '" + l + "'");
      } else {
        languages.add(lang);
      }
    }

    Map<String, String> emails = new LinkedHashMap<>();
    if (!nameless) {
      for (int i = 0; i < in.emails().size(); i++) {
        String e = in.emails().get(i);
        if (e == null || e.isBlank()) {
          continue;
        }
        try {
          emails.putIfAbsent(Emails.normalise(e, "emails"), e.strip());
        } catch (InvalidInput bad) {
          errors.add("emails", bad.fieldErrors().get("emails"));
        }
      }
    }
    List<String> phones = new ArrayList<>();
    if (!nameless) {
      for (String p : in.phones()) {
        if (p == null || p.isBlank()) {
          continue;
        }
        try {
          String phone = Phones.normalise(p, countryCode, "phones");
          if (!phones.contains(phone)) {
            phones.add(phone);
          }
        } catch (InvalidInput bad) {
          errors.add("phones", bad.fieldErrors().get("phones"));
        }
      }
    }

    Set<String> tags = new LinkedHashSet<>();
    for (String t : in.tags()) {
      String tag = t == null ? null : Names.clean(t);
      if (tag == null) {
        continue;
      }
      tag = tag.toLowerCase(Locale.ROOT);
      if (tag.length() > 60) {
        errors.add("tags", "'" + tag + "' is longer than 60 characters");
      }
      tags.add(tag);
    }
    for (Long id : in.categoryIds()) {
      if (id == null || !categoryExists.test(id)) {
        errors.add("categoryIds", "unknown stakeholder category " + id);
      }
    }
    Map<String, String> affiliations = new LinkedHashMap<>();
    if (!in.affiliations().isEmpty() && in.kind() == ContactKind.ORGANISATION) {
      errors.add("affiliations", "only a person belongs to organisations");
    }
    for (Affiliation a : in.affiliations()) {
      if (a == null || a.organisationId() == null || a.organisationId().isBlank()) {
        errors.add("affiliations", "an organisation id is required");
        continue;
      }
      String title = Names.clean(a.title());
      if (title != null && title.length() > 200) {
        errors.add("affiliations", "a title is longer than 200 characters");
      }
      affiliations.put(a.organisationId().strip(), title);
    }
    String notes = in.notes() == null || in.notes().isBlank() ? null : in.notes().strip();
    if (notes != null && notes.length() > 4000) {
      errors.add("notes", "is longer than 4000 characters");
    }
    errors.throwIfAny();
    return new ContactForm(in.kind(), name, in.minor(), in.minor() ? in.guardianConsentOn() : null, district, countryCode,
        timeZone, Set.copyOf(languages), emails, List.copyOf(phones), Set.copyOf(tags), Set.copyOf(in.categoryIds()),
        affiliations, notes, in.attendancePreference());
  }
}
