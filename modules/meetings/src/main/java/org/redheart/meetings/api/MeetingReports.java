package org.redheart.meetings.api;

import java.util.List;
import org.redheart.platform.api.Actor;

/**
 * A meeting's report: the draft generated from the meeting's data (date, time, venue, chair,
 * speakers and topics, attendance by category, each group's findings and action plans, the
 * orientation, conclusions), and the text written at the report step. The text is kept as lines;
 * a line starting with {@code "## "} is a heading, {@code "- "} an item of a list.
 */
public interface MeetingReports {

  /** The draft generated from the meeting's data now, with labels in {@code language} ("en" or "bn"). */
  String draft(String meetingId, String language, Actor actor);

  /**
   * The report to publish: the last approved version if any, else the latest written one, else the
   * generated draft.
   */
  Report report(String meetingId, String language, Actor actor);

  /**
   * The social post text drawn from the approved report (else the latest): its first lines and the
   * campaign's hashtag, within {@code maxChars}.
   */
  String postDraft(String meetingId, int maxChars, Actor actor);

  /** Which version a report is. */
  enum Version { APPROVED, LATEST, GENERATED }

  /** A report: the meeting's title, which version, and its blocks in order. */
  record Report(String meetingId, String title, Version version, List<Block> blocks) {}

  /** A heading, a paragraph, or a list item. */
  record Block(Kind kind, String text) {}

  enum Kind { HEADING, PARAGRAPH, ITEM }
}
