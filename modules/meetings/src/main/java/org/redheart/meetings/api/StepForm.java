package org.redheart.meetings.api;

import java.util.Map;

/**
 * A step's form for one open task: the step, the meeting it belongs to, the saved draft, and for an
 * approval the work to approve (the last record of the approved step).
 */
public record StepForm(
    String taskId,
    Step step,
    MeetingSummary meeting,
    OpenStep openStep,
    Map<String, String> draft,
    StepRecord underReview) {}
