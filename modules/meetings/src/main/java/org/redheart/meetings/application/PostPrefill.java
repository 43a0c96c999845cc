package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.redheart.meetings.api.Step;
import org.redheart.platform.api.Actor;

/**
 * The social post step opens with the last post written (after changes were asked for) or a post
 * drawn from the approved report: its first lines and the campaign's hashtag.
 */
@ApplicationScoped
public class PostPrefill implements StepPrefill {
  /** How long a drafted post may be; Facebook allows far more, but a post is read on a phone. */
  public static final int MAX_POST = 600;

  @Inject DefaultMeetingReports reports;

  @Override
  public Step step() {
    return Step.DRAFT_SOCIAL_POST;
  }

  @Override
  public Map<String, String> prefill(String meetingId, Actor actor) {
    String last = reports.lastRecorded(meetingId, Step.DRAFT_SOCIAL_POST, DefaultMeetingReports.POST_FIELD);
    return Map.of(DefaultMeetingReports.POST_FIELD, last != null ? last : reports.postDraft(meetingId, MAX_POST, actor));
  }
}
