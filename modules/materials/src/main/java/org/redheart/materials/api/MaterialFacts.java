package org.redheart.materials.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A campaign's materials in bulk, for reports (a few queries whatever the number of materials). No
 * actor: the caller checked that its user may read the campaign.
 */
public interface MaterialFacts {

  /** The text of each post's newest version, by material id (unknown ids are left out); chunks of 500 ids. */
  Map<String, String> postTexts(Collection<String> materialIds);

  /**
   * The campaign's materials other than social posts created between {@code from} and {@code to}
   * (inclusive, Dhaka dates), and the print runs and distributions of any of its materials dated in
   * the period.
   */
  Produced produced(String campaignId, LocalDate from, LocalDate to);

  record Produced(List<Item> created, List<Copies> printRuns, List<Copies> distributions) {}

  record Item(String id, String title, String kindCode, MaterialStatus status, LocalDate createdOn) {}

  /** A print run or a distribution: its id, the material, how many copies, and when. */
  record Copies(String id, String materialId, String materialTitle, long quantity, LocalDate on) {}
}
