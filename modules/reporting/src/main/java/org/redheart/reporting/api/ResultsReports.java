package org.redheart.reporting.api;

import java.time.LocalDate;
import java.util.List;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * Campaign results reports: generated from every module's data for a campaign and a period as a
 * background job ({@code reporting.generate}) with progress; a draft its author checks (data to check
 * resolved or explained with a note, recommendations edited); reviewed and approved by a supervisor of
 * the campaign who did not generate or edit it (four-eyes, in the service); the approved version
 * archived unchanged (DOCX and HTML in English and Bangla) with its content hash. A person's later
 * erasure produces a recorded {@link Redaction} and a new hash, never a silent edit.
 *
 * <p>Supervisors and organisers of the campaign generate and read; admins read all.
 *
 * @throws org.redheart.platform.api.InvalidInput naming the field (a period longer than 5 years, from
 *     after to, an unknown language)
 * @throws org.redheart.platform.api.Conflict approving with open checks, changing an approved report
 */
public interface ResultsReports {
  /** Starts generating a report (a new draft). */
  ReportSummary generate(String campaignId, LocalDate from, LocalDate to, Actor actor);

  ReportSummary get(String reportId, Actor actor);

  Page<ReportSummary> list(String campaignId, PageRequest page, Actor actor);

  List<CheckResolution> checks(String reportId, Actor actor);

  /** Resolves or explains a data-to-check item with a note (required). */
  CheckResolution resolve(String reportId, String checkKey, String note, Actor actor);

  List<String> recommendations(String reportId, Actor actor);

  /** Replaces the recommendations (one per entry, blank ones dropped) of a draft. */
  List<String> editRecommendations(String reportId, List<String> recommendations, Actor actor);

  /** Regenerates a draft from the data as it is now (resolutions and edited recommendations kept). */
  ReportSummary regenerate(String reportId, Actor actor);

  ReportSummary submit(String reportId, Actor actor);

  /** A supervisor who did not generate or edit the report approves it: it is archived with its hash. */
  ReportSummary approve(String reportId, String comment, Actor actor);

  ReportSummary requestChanges(String reportId, String comment, Actor actor);

  /** The report as DOCX in "en" or "bn" (the archived bytes once approved). */
  byte[] docx(String reportId, String language, Actor actor);

  /** The report as an HTML page in which every figure links to its records. */
  String html(String reportId, String language, Actor actor);

  /** The records behind one figure of the report (its key as in the HTML links). */
  List<SourceRecord> sources(String reportId, String figureKey, Actor actor);

  List<Redaction> redactions(String reportId, Actor actor);
}
