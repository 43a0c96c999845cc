package org.redheart.meetings.api;

import java.util.List;

/** A meeting with the steps open now and the history of completed steps (oldest first). */
public record MeetingDetails(MeetingSummary meeting, List<OpenStep> openSteps, List<StepRecord> history) {}
