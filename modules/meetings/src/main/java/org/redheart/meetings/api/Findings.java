package org.redheart.meetings.api;

import java.time.LocalDate;
import java.util.List;
import org.redheart.platform.api.Actor;

/**
 * A meeting's breakout findings: per group its theme code (A prevention of child sexual abuse,
 * exploitation and trafficking; B access to child protection for victims; C reintegration of child
 * victims; or another code with its theme text), the challenges it named (one per line) and its
 * action plans; and the meeting's recommendations for the campaign. Organisers and supervisors who
 * belong to the meeting's campaign record them; whoever may read meetings may read them.
 *
 * <p>Bad input ({@link org.redheart.platform.api.InvalidInput}) names the row: {@code
 * groups[0].themeCode}, {@code groups[1].actionPlans[0].owner}, {@code
 * groups[1].actionPlans[0].dueOn}, {@code recommendations[2].text}; nothing is saved.
 */
public interface Findings {

  FindingsView get(String meetingId, Actor actor);

  /**
   * Replaces the findings: groups are matched by id (rows without id are added; groups left out
   * are kept as they are), action plans by id (plans without id are added; plans of a listed group
   * that are left out are removed while the findings step is not done, and kept afterwards: a
   * tracked plan ends by being closed), recommendations are replaced as a whole. Closed plans are
   * not changed.
   */
  FindingsView save(String meetingId, FindingsInput input, Actor actor);

  /** What a meeting's findings hold. {@code meetingDate} is the first allowed due date. */
  record FindingsView(
      String meetingId, String campaignId, LocalDate meetingDate, boolean editable, boolean stepDone,
      List<GroupFindings> groups, List<ActionPlans.ActionPlanView> otherActionPlans,
      List<RecommendationView> recommendations) {}

  record GroupFindings(
      Long id, int position, String themeCode, String theme, boolean held, List<String> challenges,
      List<ActionPlans.ActionPlanView> actionPlans) {}

  record RecommendationView(String kind, String text) {}

  /** What a client sends: groups with their plans, and the recommendations. */
  record FindingsInput(List<GroupInput> groups, List<RecommendationInput> recommendations) {}

  /** A group: {@code id} null for a new one; {@code challenges} one per line. */
  record GroupInput(Long id, String themeCode, String theme, String challenges, List<PlanInput> actionPlans) {}

  /** An action plan: {@code id} null for a new one; {@code dueOn} "2026-12-31" (Bengali digits accepted). */
  record PlanInput(String id, String action, String ownerContactId, String dueOn) {}

  /** {@code kind} DEMAND (default) or GOOD_PRACTICE. */
  record RecommendationInput(String kind, String text) {}
}
