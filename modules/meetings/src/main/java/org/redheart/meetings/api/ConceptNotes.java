package org.redheart.meetings.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.redheart.platform.api.Actor;

/**
 * A meeting's concept note: every completion of its step is a version (1 is the first); what a new
 * form starts with; the open action plans of the campaign's earlier meetings, shown beside the form.
 * Readable by those who belong to the meeting's campaign.
 *
 * @throws org.redheart.platform.api.NotFound for an unknown meeting
 * @throws org.redheart.platform.api.Forbidden for someone outside the meeting's campaign
 */
public interface ConceptNotes {

  /** An open action plan of an earlier meeting. */
  record OpenActionPlan(String id, String meetingId, String meetingTitle, String action, String ownerName,
      LocalDate dueOn) {}

  /** Every version, oldest first (version N is element N-1). */
  List<StepRecord> versions(String meetingId, Actor actor);

  /**
   * What the concept note form starts with when it has no draft: the last version if there is one,
   * else the meeting's template (agenda, themes, planned groups, speakers) and the meeting's own
   * figures (expected participants, audience, modality from its venue and link).
   */
  Map<String, String> startingValues(String meetingId, Actor actor);

  /** Open action plans of the campaign's other meetings that started before this one, due first; at most 50. */
  List<OpenActionPlan> openActionPlans(String meetingId, Actor actor);
}
