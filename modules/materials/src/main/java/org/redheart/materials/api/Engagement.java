package org.redheart.materials.api;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.redheart.platform.api.Actor;

/**
 * Engagement with published posts: dated snapshots of reactions, comments, shares, reach and engaged
 * users (entered by hand, fetched from the Graph API with metric names from configuration, or
 * imported from CSV), reminders to record them 7 and 30 days after publication, historical posts
 * imported as "published outside the system" (never given an approval they did not have), and
 * analytics per campaign and period with charts (SVG for pages, PNG through the document service).
 * Readers of a campaign's materials read its figures; its organisers and supervisors record and import.
 */
public interface Engagement {
  EngagementSnapshot record(String materialId, EngagementInput input, org.redheart.platform.api.Actor actor);

  /** The post's snapshots, newest first. */
  List<EngagementSnapshot> snapshots(String materialId, Actor actor);

  /** Fetches the post's figures from the Graph API now (a post published there) and stores a snapshot. */
  EngagementSnapshot fetch(String materialId, Actor actor);

  /**
   * Reads a CSV (UTF-8, comma or semicolon) into a preview with a mapping guessed from the header;
   * nothing is imported yet.
   *
   * @throws org.redheart.platform.api.InvalidInput (field {@code file}) for a file that is not CSV text
   */
  PostImport startImport(PostImport.Kind kind, String campaignId, InputStream csv, String fileName, Actor actor);

  /** Applies another mapping and checks the rows again. */
  PostImport remap(String importId, Map<String, Integer> mapping, Actor actor);

  PostImport getImport(String importId, Actor actor);

  /**
   * Imports every row in one transaction.
   *
   * @throws org.redheart.platform.api.Conflict while any row is bad, or when already committed
   */
  PostImport commit(String importId, Actor actor);

  PostImport discard(String importId, Actor actor);

  PostAnalytics analytics(String campaignId, LocalDate from, LocalDate to, Actor actor);

  /** Engagement per month as an SVG chart (labels in {@code language}). */
  String chartSvg(String campaignId, LocalDate from, LocalDate to, String language, Actor actor);

  /** The same chart as PNG. */
  byte[] chartPng(String campaignId, LocalDate from, LocalDate to, String language, Actor actor);
}
