package org.redheart.meetings.api;

import java.time.Instant;
import java.time.LocalDate;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * Action plans named by breakout groups. Each plan of a live meeting runs in its own {@code
 * ActionPlanProcess} (business key: the plan's id), which reminds its owner from the due date on,
 * every seven days, until the plan is closed with an outcome. Organisers and supervisors of the
 * plan's campaign add and close plans.
 */
public interface ActionPlans {

  /**
   * Adds a plan to a meeting (to a group of it when {@code groupId} is given); when the meeting's
   * findings step is already done its process starts at once, else when the step is completed.
   * Field errors: {@code action}, {@code owner}, {@code dueOn}, {@code groupId}.
   */
  ActionPlanView add(String meetingId, NewActionPlan plan, Actor actor);

  /**
   * Open (or closed, or all: {@code status} null) plans across the meetings of the campaigns the
   * actor belongs to, soonest due first; {@code campaignId} null for all of them.
   */
  Page<ActionPlanView> list(String campaignId, String status, PageRequest page, Actor actor);

  ActionPlanView get(String planId, Actor actor);

  /** The campaigns whose plans the actor sees (the filter of the open actions list), by name. */
  java.util.List<Campaign> campaigns(Actor actor);

  /** Closes the plan with its outcome (required) and ends its process. Closing twice is a conflict. */
  ActionPlanView close(String planId, String outcome, Actor actor);

  record NewActionPlan(Long groupId, String action, String ownerContactId, String dueOn) {}

  /** A plan as lists show it; {@code ownerName} is the contact's name (or the name as reported). */
  record ActionPlanView(
      String id, String meetingId, String meetingTitle, String campaignId, Long groupId, String themeCode,
      String action, String ownerContactId, String ownerName, LocalDate dueOn, String status, String outcome,
      int reminders, Instant closedAt) {

    public boolean open() {
      return "OPEN".equals(status);
    }
  }
}
