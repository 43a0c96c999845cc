package org.redheart.meetings.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.redheart.meetings.api.CampaignInput;
import org.redheart.platform.api.InvalidInput;

/** The rules of a campaign's fields: a name, a hashtag of letters and digits, dates in order. */
public final class CampaignRules {
  private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}\\p{M}_]{1,99}");

  private CampaignRules() {}

  /** Checked, trimmed values; member lists without duplicates. */
  public record Checked(String name, String hashtag, String mission, String vision, LocalDate startsOn,
      LocalDate endsOn, List<String> organiserIds, List<String> supervisorIds) {}

  /** Adds each broken rule to {@code errors}; returns null when there was any. */
  public static Checked check(CampaignInput in, InvalidInput.Collector errors) {
    boolean before = errors.isEmpty();
    String name = strip(in.name());
    if (name == null) {
      errors.add("name", "is required");
    } else if (name.length() > 200) {
      errors.add("name", "must be at most 200 characters");
    }
    String hashtag = strip(in.hashtag());
    if (hashtag != null) {
      hashtag = hashtag.startsWith("#") ? hashtag : "#" + hashtag;
      if (!HASHTAG.matcher(hashtag).matches()) {
        errors.add("hashtag", "must be one word of letters, digits or _, such as #SaveFACE4Children");
      }
    }
    String mission = strip(in.mission());
    if (mission != null && mission.length() > 2000) {
      errors.add("mission", "must be at most 2000 characters");
    }
    String vision = strip(in.vision());
    if (vision != null && vision.length() > 2000) {
      errors.add("vision", "must be at most 2000 characters");
    }
    if (in.startsOn() != null && in.endsOn() != null && in.endsOn().isBefore(in.startsOn())) {
      errors.add("endsOn", "must be on or after the start date");
    }
    List<String> organisers = ids(in.organiserIds());
    List<String> supervisors = ids(in.supervisorIds());
    if (organisers.size() > 500 || supervisors.size() > 500) {
      errors.add("organiserIds", "a campaign has at most 500 organisers and 500 supervisors");
    }
    if (before && !errors.isEmpty()) {
      return null;
    }
    return new Checked(name, hashtag, mission, vision, in.startsOn(), in.endsOn(), organisers, supervisors);
  }

  private static List<String> ids(List<String> in) {
    if (in == null) {
      return List.of();
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String s : in) {
      if (s != null && !s.isBlank()) {
        out.add(s.strip());
      }
    }
    return List.copyOf(out);
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
