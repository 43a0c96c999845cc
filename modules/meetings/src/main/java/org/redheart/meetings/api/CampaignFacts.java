package org.redheart.meetings.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign's meetings in a period in bulk, for reports (the results report reads 1,000 meetings
 * with a handful of queries, not 1,000 × N): every meeting held in the period (not cancelled, started
 * on or before today; past meetings recorded without a process included) with its attendance and
 * unit, groups planned and held, speakers (name, organisation and country from the contacts module),
 * groups with theme code, challenges and action plans, and recommendations. No actor: the caller
 * checked that its user may read the campaign.
 */
public interface CampaignFacts {

  /** The meetings of the campaign that started between {@code from} and {@code to} (inclusive, local dates). */
  Data read(String campaignId, LocalDate from, LocalDate to);

  record Data(String campaignId, String campaignName, String hashtag, List<MeetingFact> meetings) {}

  /**
   * A meeting: {@code status} ACTIVE, COMPLETED or HISTORICAL; {@code attendance} the recorded total
   * (past meetings) or the number of people checked in (live ones), null when nothing was recorded;
   * {@code unit} PERSONS or ORGANISATIONS; {@code groupsHeld} the number recorded, else the groups held.
   */
  record MeetingFact(
      String id, String title, String kind, String status, LocalDate date, String audience, String venue, String mode,
      Integer attendance, String unit, Integer groupsPlanned, Integer groupsHeld, List<SpeakerFact> speakers,
      List<GroupFact> groups, List<ActionFact> actionPlans, List<RecommendationFact> recommendations) {}

  /**
   * A speaking slot: {@code role} SPEAKER, CHAIR, HOST or WELCOME; {@code joined} ONSITE, ONLINE or
   * UNKNOWN; {@code countryCode} ISO (normalised when recorded), null when unknown; {@code name} null
   * for an unknown or anonymised person.
   */
  record SpeakerFact(long id, String contactId, String name, String organisation, String role, String topic,
      String joined, String countryCode) {}

  record GroupFact(long id, int position, String themeCode, String theme, boolean held, List<String> challenges) {}

  record ActionFact(String id, Long groupId, String action, String ownerName, String status, LocalDate dueOn) {}

  record RecommendationFact(long id, String kind, String text) {}
}
