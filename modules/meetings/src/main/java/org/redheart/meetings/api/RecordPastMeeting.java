package org.redheart.meetings.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting that already took place, recorded after the fact ("record a past meeting"): no process
 * runs for it. The date must be in the past; times are optional (without a start time the meeting
 * is stored at local midnight and shown as "time not recorded"). {@code mode} is ONSITE, ONLINE or
 * HYBRID; {@code categoryIds} names one or several audience categories; attendance is one total in
 * one unit, PERSONS or ORGANISATIONS (never mixed). {@code groupsHeld} defaults to the number of
 * groups listed and may not be fewer. {@code kind}: stakeholder, campaign, launch (default
 * stakeholder). {@code externalRef} (optional) makes a load idempotent: one meeting per campaign and
 * reference.
 *
 * <p>Field names of errors: title, kind, date, startTime, endTime, timeZone, venue, mode, audience,
 * categoryIds, attendanceTotal, attendanceUnit, groupsPlanned, groupsHeld, externalRef,
 * {@code speakers[i].name|role|joined|country|topic}, {@code groups[i].themeCode|theme|challenges},
 * {@code groups[i].actionPlans[j].action|ownerName}, {@code recommendations[i].kind|text}.
 */
public record RecordPastMeeting(
    String campaignId,
    String title,
    String kind,
    LocalDate date,
    LocalTime startTime,
    LocalTime endTime,
    String timeZone,
    String venue,
    String mode,
    String audience,
    List<Long> categoryIds,
    Integer attendanceTotal,
    String attendanceUnit,
    Integer groupsPlanned,
    Integer groupsHeld,
    List<SpeakerInput> speakers,
    List<GroupInput> groups,
    List<RecommendationInput> recommendations,
    String externalRef) {

  public RecordPastMeeting {
    categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds.stream().filter(c -> c != null).toList());
    speakers = speakers == null ? List.of() : List.copyOf(speakers);
    groups = groups == null ? List.of() : List.copyOf(groups);
    recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
  }

  /**
   * A speaking slot: an existing contact ({@code contactId}) or a person by {@code name} (found by
   * their normalised name, else created as a new contact with no contact details). {@code role}:
   * SPEAKER, CHAIR, HOST, WELCOME; {@code joined}: ONSITE, ONLINE, UNKNOWN (default); {@code
   * country}: a country or a place ("Dhaka, Bangladesh"), stored as its ISO code.
   */
  public record SpeakerInput(String contactId, String name, String role, String topic, String joined, String country) {}

  /**
   * A breakout group held: its theme code (A, B, C, D...), whether that code is only a suggestion
   * still to be confirmed by a person, the theme's text, the challenges it named (one per item) and
   * its action plans.
   */
  public record GroupInput(
      String themeCode, boolean themeCodeSuggested, String theme, List<String> challenges, List<ActionInput> actionPlans) {
    public GroupInput {
      challenges = challenges == null ? List.of() : List.copyOf(challenges.stream().filter(c -> c != null).toList());
      actionPlans = actionPlans == null ? List.of() : List.copyOf(actionPlans);
    }
  }

  /** An action plan as reported: the action and, optionally, its owner's name (an organisation mostly). */
  public record ActionInput(String action, String ownerName) {}

  /** A recommendation for the campaign: {@code kind} DEMAND or GOOD_PRACTICE. */
  public record RecommendationInput(String kind, String text) {}
}
