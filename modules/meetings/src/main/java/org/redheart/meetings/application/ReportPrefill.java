package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.redheart.meetings.api.Step;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Users;

/**
 * The report step opens with the last version written (after a review asked for changes) or, the
 * first time, the draft generated from the meeting's data in the writer's language.
 */
@ApplicationScoped
public class ReportPrefill implements StepPrefill {

  @Inject DefaultMeetingReports reports;
  @Inject Users users;

  @Override
  public Step step() {
    return Step.WRITE_REPORT;
  }

  @Override
  public Map<String, String> prefill(String meetingId, Actor actor) {
    String last = reports.lastRecorded(meetingId, Step.WRITE_REPORT, DefaultMeetingReports.REPORT_FIELD);
    if (last != null) {
      return Map.of(DefaultMeetingReports.REPORT_FIELD, last);
    }
    String language = "bn".equals(users.get(actor.userId()).language()) ? "bn" : "en";
    return Map.of(DefaultMeetingReports.REPORT_FIELD, reports.draft(meetingId, language, actor));
  }
}
