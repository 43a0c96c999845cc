package org.redheart.materials.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * Print runs and distribution of printed materials (briefs, badges, booklets): how many copies of
 * which approved version were printed, how many went to a meeting, an organisation or an event, and
 * what is left on hand. Organisers and supervisors of the material's campaign record them; its
 * readers see them. The first print run of a material marks it PRINTED. A distribution never takes
 * more than is on hand ({@link org.redheart.platform.api.Conflict} saying how many are left).
 *
 * @throws org.redheart.platform.api.InvalidInput naming the field (quantity 1–1,000,000, dates not in
 *     the future, a version that was never approved)
 */
public interface PrintRuns {
  /** Where printed copies went. */
  enum TargetKind {
    MEETING,
    ORGANISATION,
    EVENT
  }

  /** A print run to record; {@code versionNumber} 0 means the last approved version. */
  record PrintRunInput(int versionNumber, int quantity, LocalDate printedOn, String printer, String note) {}

  record PrintRun(
      String id, String materialId, int versionNumber, int quantity, LocalDate printedOn, String printer,
      String note, String recordedBy, Instant recordedAt) {}

  /**
   * A distribution to record: to a meeting (its id), an organisation (a contact id of kind
   * organisation) or an event (its name in {@code targetName}); {@code versionNumber} 0 takes the
   * oldest printed version with copies on hand.
   */
  record DistributionInput(
      int versionNumber, int quantity, TargetKind targetKind, String targetId, String targetName,
      LocalDate distributedOn, String note) {}

  record Distribution(
      String id, String materialId, int versionNumber, int quantity, TargetKind targetKind, String targetId,
      String targetName, LocalDate distributedOn, String note, String recordedBy, Instant recordedAt) {}

  /** Copies printed, distributed and on hand, per version and in all. */
  record Stock(String materialId, long printed, long distributed, long onHand, List<VersionStock> versions) {}

  record VersionStock(int versionNumber, long printed, long distributed, long onHand) {}

  /**
   * How many badges to bring to a meeting: its expected participants plus its speakers and a margin,
   * less badges already given to it, with the badge materials of its campaign that have copies on hand.
   */
  record BadgeSuggestion(
      String meetingId, int expectedParticipants, int speakers, int margin, long alreadyDistributed, long suggested,
      List<Stock> badgesOnHand) {}

  PrintRun record(String materialId, PrintRunInput input, Actor actor);

  Distribution distribute(String materialId, DistributionInput input, Actor actor);

  Stock stock(String materialId, Actor actor);

  /** The material's print runs, newest first. */
  List<PrintRun> runs(String materialId, Actor actor);

  /** The material's distributions, newest first. */
  Page<Distribution> distributions(String materialId, PageRequest page, Actor actor);

  /** Printed copies given to a meeting (every material), newest first. */
  List<Distribution> ofMeeting(String meetingId, Actor actor);

  BadgeSuggestion badgesFor(String meetingId, Actor actor);
}
