package org.redheart.meetings.api;

import java.util.Map;

/**
 * What an admin enters for a template. Numbers are text so that every error (Bengali digits
 * accepted) is reported by the same rules; {@code deadlines} maps a step's name
 * ({@code WRITE_CONCEPT_NOTE}) to days relative to the meeting day, errors named
 * {@code deadlines.<STEP>}.
 */
public record TemplateInput(
    String code,
    String name,
    String nameBn,
    String expectedParticipants,
    String speakersCount,
    String durationMinutes,
    String agenda,
    String themes,
    Map<String, String> deadlines,
    boolean active) {}
