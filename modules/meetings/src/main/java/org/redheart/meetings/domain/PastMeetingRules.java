package org.redheart.meetings.domain;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import org.redheart.meetings.api.RecordPastMeeting;
import org.redheart.meetings.api.RecordPastMeeting.ActionInput;
import org.redheart.meetings.api.RecordPastMeeting.GroupInput;
import org.redheart.meetings.api.RecordPastMeeting.RecommendationInput;
import org.redheart.meetings.api.RecordPastMeeting.SpeakerInput;
import org.redheart.platform.api.InvalidInput;

/**
 * The rules of a past meeting's record ("record a past meeting"), which differ from a planned one's:
 * the date is in the past, times are optional, several audience categories, attendance in one unit
 * (persons or organisations, never mixed), groups held versus planned. Every broken rule is reported
 * with its field, all at once, and nothing is stored.
 */
public final class PastMeetingRules {
  public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  public static final int MAX_COUNT = 100_000;
  public static final int MAX_SPEAKERS = 60;
  public static final int MAX_GROUPS = 26;
  public static final int MAX_ACTIONS = 60;
  public static final int MAX_RECOMMENDATIONS = 100;
  public static final Set<String> KINDS = Set.of("stakeholder", "campaign", "launch");
  public static final Set<String> MODES = Set.of("ONSITE", "ONLINE", "HYBRID");
  public static final Set<String> UNITS = Set.of("PERSONS", "ORGANISATIONS");
  public static final Set<String> ROLES = Set.of("SPEAKER", "CHAIR", "HOST", "WELCOME");
  public static final Set<String> JOINED = Set.of("ONSITE", "ONLINE", "UNKNOWN");
  public static final Set<String> RECOMMENDATION_KINDS = Set.of("DEMAND", "GOOD_PRACTICE");
  private static final Pattern THEME_CODE = Pattern.compile("[A-Z][A-Z0-9]{0,9}");

  private PastMeetingRules() {}

  /**
   * A record that passed the rules: start (local midnight when the time is not known) and end in the
   * meeting's zone, the groups held, and each speaker's country as an ISO code (null when none given).
   */
  public record Checked(ZonedDateTime start, ZonedDateTime end, boolean timesKnown, int groupsHeld,
      List<String> speakerCountries, String kind, String mode, String attendanceUnit) {}

  /**
   * Checks the command. {@code countryCode} is the contacts module's normalisation of a country or
   * place (empty when unknown).
   */
  public static Checked check(RecordPastMeeting c, LongPredicate categoryExists,
      Function<String, Optional<String>> countryCode, Clock clock) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String title = strip(c.title());
    if (title == null) {
      errors.add("title", "is required");
    } else if (title.length() > 200) {
      errors.add("title", "must be at most 200 characters");
    }
    String kind = c.kind() == null || c.kind().isBlank() ? "stakeholder" : c.kind().strip().toLowerCase(Locale.ROOT);
    if (!KINDS.contains(kind)) {
      errors.add("kind", "must be stakeholder, campaign or launch");
    }
    ZoneId zone = null;
    try {
      zone = ZoneId.of(c.timeZone() == null || c.timeZone().isBlank() ? "" : c.timeZone().strip());
    } catch (DateTimeException e) {
      errors.add("timeZone", "is not a time zone (use a name such as Asia/Dhaka)");
    }
    ZonedDateTime start = null;
    ZonedDateTime end = null;
    boolean timesKnown = c.startTime() != null;
    if (c.date() == null) {
      errors.add("date", "is required");
    } else if (c.date().isBefore(EARLIEST)) {
      errors.add("date", "is before " + EARLIEST + ": give the date the meeting took place");
    } else if (zone != null) {
      ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
      start = ZonedDateTime.of(c.date(), timesKnown ? c.startTime() : LocalTime.MIDNIGHT, zone);
      if (c.date().isAfter(now.toLocalDate()) || (timesKnown && start.isAfter(now))) {
        errors.add("date", "is in the future: a past meeting took place already (schedule a new meeting instead)");
      }
    }
    if (c.endTime() != null) {
      if (c.startTime() == null) {
        errors.add("endTime", "give the start time too, or leave both empty");
      } else if (!c.endTime().isAfter(c.startTime())) {
        errors.add("endTime", "must be after the start time");
      } else if (start != null) {
        end = ZonedDateTime.of(c.date(), c.endTime(), zone);
      }
    }
    String mode = c.mode() == null ? null : c.mode().strip().toUpperCase(Locale.ROOT).replace('-', '_');
    if (mode == null || mode.isEmpty()) {
      errors.add("mode", "is required: on site, online or hybrid");
    } else if (!MODES.contains(mode)) {
      errors.add("mode", "must be ONSITE, ONLINE or HYBRID");
    }
    String venue = strip(c.venue());
    if (venue == null && !"ONLINE".equals(mode)) {
      errors.add("venue", "is required for a meeting held on site");
    } else if (venue != null && venue.length() > 300) {
      errors.add("venue", "must be at most 300 characters");
    }
    String audience = strip(c.audience());
    if (audience != null && audience.length() > 1000) {
      errors.add("audience", "must be at most 1000 characters");
    }
    if (c.categoryIds().isEmpty()) {
      errors.add("categoryIds", "choose at least one audience category");
    } else {
      for (Long id : c.categoryIds()) {
        if (!categoryExists.test(id)) {
          errors.add("categoryIds", "category " + id + " is not a known stakeholder category");
        }
      }
    }
    String unit = c.attendanceUnit() == null || c.attendanceUnit().isBlank()
        ? null : c.attendanceUnit().strip().toUpperCase(Locale.ROOT);
    if (c.attendanceTotal() != null) {
      if (c.attendanceTotal() < 0) {
        errors.add("attendanceTotal", "must not be negative");
      } else if (c.attendanceTotal() > MAX_COUNT) {
        errors.add("attendanceTotal", "must be at most " + MAX_COUNT);
      }
      if (unit == null) {
        errors.add("attendanceUnit", "say whether the attendance counts persons or organisations");
      }
    }
    if (unit != null && !UNITS.contains(unit)) {
      errors.add("attendanceUnit", "must be PERSONS or ORGANISATIONS: one unit per meeting, never mixed");
    }
    if (unit != null && c.attendanceTotal() == null) {
      errors.add("attendanceTotal", "give the number counted in " + unit.toLowerCase(Locale.ROOT));
    }
    if (c.groupsPlanned() != null && (c.groupsPlanned() < 0 || c.groupsPlanned() > MAX_GROUPS)) {
      errors.add("groupsPlanned", c.groupsPlanned() < 0 ? "must not be negative" : "must be at most " + MAX_GROUPS);
    }
    int listed = c.groups().size();
    int held = c.groupsHeld() == null ? listed : c.groupsHeld();
    if (c.groupsHeld() != null && c.groupsHeld() < 0) {
      errors.add("groupsHeld", "must not be negative");
    } else if (held > MAX_GROUPS) {
      errors.add("groupsHeld", "must be at most " + MAX_GROUPS);
    } else if (held < listed) {
      errors.add("groupsHeld", "is less than the " + listed + " groups whose findings are listed");
    } else if ("PERSONS".equals(unit) && c.attendanceTotal() != null && c.attendanceTotal() >= 0
        && held > c.attendanceTotal()) {
      errors.add("groupsHeld", "more groups than the " + c.attendanceTotal() + " persons who attended");
    }
    String ref = strip(c.externalRef());
    if (ref != null && ref.length() > 100) {
      errors.add("externalRef", "must be at most 100 characters");
    }

    List<String> countries = new ArrayList<>();
    if (c.speakers().size() > MAX_SPEAKERS) {
      errors.add("speakers", "at most " + MAX_SPEAKERS + " speakers");
    }
    for (int i = 0; i < c.speakers().size(); i++) {
      SpeakerInput s = c.speakers().get(i);
      String f = "speakers[" + i + "].";
      String country = null;
      if (s == null) {
        errors.add(f + "name", "is required");
        countries.add(null);
        continue;
      }
      String name = strip(s.name());
      String contactId = strip(s.contactId());
      if (name == null && contactId == null) {
        errors.add(f + "name", "is required (or choose an existing contact)");
      } else if (name != null && name.length() > 300) {
        errors.add(f + "name", "must be at most 300 characters");
      }
      if (contactId != null && contactId.length() > 36) {
        errors.add(f + "contactId", "is not a contact id");
      }
      String role = upper(s.role());
      if (role == null) {
        errors.add(f + "role", "is required");
      } else if (!ROLES.contains(role)) {
        errors.add(f + "role", "must be SPEAKER, CHAIR, HOST or WELCOME");
      }
      String joined = upper(s.joined());
      if (joined != null && !JOINED.contains(joined)) {
        errors.add(f + "joined", "must be ONSITE, ONLINE or UNKNOWN");
      }
      String topic = strip(s.topic());
      if (topic != null && topic.length() > 1000) {
        errors.add(f + "topic", "must be at most 1000 characters");
      }
      String countryText = strip(s.country());
      if (countryText != null) {
        country = countryCode.apply(countryText).orElse(null);
        if (country == null) {
          errors.add(f + "country", "unknown country '" + countryText + "'");
        }
      }
      countries.add(country);
    }

    if (listed > MAX_GROUPS) {
      errors.add("groups", "at most " + MAX_GROUPS + " groups");
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < listed; i++) {
      GroupInput g = c.groups().get(i);
      String f = "groups[" + i + "].";
      if (g == null) {
        errors.add(f + "themeCode", "is required");
        continue;
      }
      String code = upper(g.themeCode());
      if (code == null) {
        errors.add(f + "themeCode", "is required (A, B, C, D...)");
      } else if (!THEME_CODE.matcher(code).matches()) {
        errors.add(f + "themeCode", "must be a letter, then up to 9 letters or digits (A, B, C, D...)");
      } else if (!codes.add(code)) {
        errors.add(f + "themeCode", "is given to another group of this meeting already");
      }
      String theme = strip(g.theme());
      if (theme != null && theme.length() > 1000) {
        errors.add(f + "theme", "must be at most 1000 characters");
      }
      int length = g.challenges().stream().mapToInt(x -> x.strip().length() + 1).sum();
      if (length > 8000) {
        errors.add(f + "challenges", "must be at most 8000 characters in all");
      }
      if (g.actionPlans().size() > MAX_ACTIONS) {
        errors.add(f + "actionPlans", "at most " + MAX_ACTIONS + " action plans per group");
      }
      for (int j = 0; j < g.actionPlans().size(); j++) {
        ActionInput a = g.actionPlans().get(j);
        String af = f + "actionPlans[" + j + "].";
        String action = a == null ? null : strip(a.action());
        if (action == null) {
          errors.add(af + "action", "is required");
        } else if (action.length() > 2000) {
          errors.add(af + "action", "must be at most 2000 characters");
        }
        String owner = a == null ? null : strip(a.ownerName());
        if (owner != null && owner.length() > 300) {
          errors.add(af + "ownerName", "must be at most 300 characters");
        }
      }
    }

    if (c.recommendations().size() > MAX_RECOMMENDATIONS) {
      errors.add("recommendations", "at most " + MAX_RECOMMENDATIONS + " recommendations");
    }
    for (int i = 0; i < c.recommendations().size(); i++) {
      RecommendationInput r = c.recommendations().get(i);
      String f = "recommendations[" + i + "].";
      String k = r == null ? null : upper(r.kind());
      if (k == null || !RECOMMENDATION_KINDS.contains(k)) {
        errors.add(f + "kind", "must be DEMAND or GOOD_PRACTICE");
      }
      String text = r == null ? null : strip(r.text());
      if (text == null) {
        errors.add(f + "text", "is required");
      } else if (text.length() > 4000) {
        errors.add(f + "text", "must be at most 4000 characters");
      }
    }
    errors.throwIfAny();
    return new Checked(start, end, timesKnown, held, countries, kind, mode, unit);
  }

  static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static String upper(String s) {
    return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
  }
}
