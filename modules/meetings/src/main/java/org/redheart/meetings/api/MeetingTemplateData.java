package org.redheart.meetings.api;

import java.util.Map;

/**
 * A meeting template as other modules and the UI see it. {@code code} doubles as the kind of the
 * meetings scheduled from it ({@code stakeholder}, {@code campaign}, {@code online-launch}, ...);
 * {@code agenda} and {@code themes} use the concept note's line formats ("minutes | item |
 * responsible", "CODE | theme"); {@code deadlines} gives days relative to the meeting day per step.
 */
public record MeetingTemplateData(
    String id,
    String code,
    String name,
    String nameBn,
    int expectedParticipants,
    int speakersCount,
    int durationMinutes,
    String agenda,
    String themes,
    Map<Step, Integer> deadlines,
    boolean active,
    long version) {

  /** The name in the given language, falling back to English. */
  public String name(String language) {
    return "bn".equals(language) && nameBn != null && !nameBn.isBlank() ? nameBn : name;
  }
}
