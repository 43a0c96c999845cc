package org.redheart.meetings.api;

import java.util.List;

/**
 * What a past meeting's record holds (status HISTORICAL): the meeting, whether its times are known,
 * its mode, audience and categories, attendance with its unit, groups planned and held, its
 * speakers (names from the contacts module), groups with challenges and action plans, and
 * recommendations.
 */
public record PastMeetingRecord(
    MeetingSummary meeting,
    String kind,
    boolean timesKnown,
    String mode,
    String audience,
    List<Long> categoryIds,
    Integer attendanceTotal,
    String attendanceUnit,
    Integer groupsPlanned,
    Integer groupsHeld,
    String externalRef,
    List<PastSpeaker> speakers,
    List<PastGroup> groups,
    List<PastRecommendation> recommendations) {

  /** A speaking slot; {@code name} is null when the contact is unknown or anonymised. */
  public record PastSpeaker(
      long id, String contactId, String name, String role, String topic, String joined, String countryCode) {}

  /** A group held; {@code themeCodeSuggested} true until a person confirms the code. */
  public record PastGroup(
      long id, int position, String themeCode, boolean themeCodeSuggested, String theme, List<String> challenges,
      List<PastAction> actionPlans) {}

  /** An action plan as reported. */
  public record PastAction(String id, String action, String ownerName, String ownerContactId, String status) {}

  /** A recommendation: DEMAND or GOOD_PRACTICE. */
  public record PastRecommendation(long id, String kind, String text) {}

  /** Whether any group's theme code still waits for a person's confirmation. */
  public boolean hasSuggestedThemeCodes() {
    return groups.stream().anyMatch(PastGroup::themeCodeSuggested);
  }
}
