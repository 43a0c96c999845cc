package org.redheart.meetings.api;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.PageRequest;

/**
 * The campaign board: meetings as rows (newest first), the lifecycle's steps as columns, each cell
 * done / on time / late by N days. Read from the step-status table and the meetings only. Filtered by
 * campaign, and always by the campaigns the actor belongs to.
 */
public interface Board {

  /**
   * @param campaignId one of the actor's campaigns, or null for all of them
   * @throws org.redheart.platform.api.Forbidden for a campaign the actor does not belong to, or roles
   *     that do not read meetings
   */
  BoardPage board(String campaignId, PageRequest page, Actor actor);

  /**
   * Open steps past their due date in the campaigns the actor belongs to, the longest overdue first
   * (a supervisor's start page: what is late across the campaign). Reads the step-status table only.
   */
  org.redheart.platform.api.Page<LateStep> late(PageRequest page, Actor actor);

  /** A late step: its meeting, the step's task key, when it was due and by how many days it is late. */
  record LateStep(String meetingId, String title, String step, Instant dueAt, int daysLate) {}

  /** The columns, in lifecycle order. */
  static List<Step> columns() {
    return List.of(Step.values());
  }

  /** One page of rows, with the campaigns the actor may filter by. */
  record BoardPage(
      String campaignId, List<Campaign> campaigns, List<Row> rows, int page, int size, long total) {
    public org.redheart.platform.api.Page<Row> asPage() {
      return new org.redheart.platform.api.Page<>(rows, page, size, total);
    }
  }

  /**
   * A meeting: {@code status} ACTIVE, COMPLETED, CANCELLED or HISTORICAL (a past meeting recorded
   * without a process: no cells).
   */
  record Row(String meetingId, String campaignId, String title, ZonedDateTime startsAt, String status, List<Cell> cells) {}

  /**
   * A step of a meeting. {@code state}: DONE, ON_TIME, LATE, CANCELLED, or NONE (no row: a meeting
   * without a lifecycle); {@code open} when its task is open now; {@code daysLate} for LATE, and for
   * DONE how late it was done.
   */
  record Cell(String step, String state, int daysLate, Instant dueAt, boolean shortNotice, boolean open) {
    public static final String DONE = "DONE";
    public static final String ON_TIME = "ON_TIME";
    public static final String LATE = "LATE";
    public static final String CANCELLED = "CANCELLED";
    public static final String NONE = "NONE";
  }
}
