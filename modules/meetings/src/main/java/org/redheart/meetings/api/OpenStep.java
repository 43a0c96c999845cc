package org.redheart.meetings.api;

import java.time.Instant;

/** A step that is open now for a meeting: its task, to whom it is assigned, and when it is due. */
public record OpenStep(String taskId, String meetingId, String step, String assigneeId, Instant dueAt) {}
