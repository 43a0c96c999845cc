package org.redheart.meetings.api;

/**
 * Someone who came without an invitation: a name and a stakeholder category (required), gender and
 * age band (optional, see {@link Attendance}), and whether they volunteer. No contact details.
 */
public record WalkIn(String name, Long categoryId, String gender, String ageBand, boolean volunteer) {}
