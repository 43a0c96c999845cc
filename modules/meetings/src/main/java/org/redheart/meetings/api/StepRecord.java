package org.redheart.meetings.api;

import java.time.Instant;
import java.util.Map;

/** A completed step: who completed it, when, with which outcome and what the form held. */
public record StepRecord(
    String step, String taskId, String outcome, Map<String, String> data, String completedBy, Instant completedAt) {}
