package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.CountryNames;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.api.StakeholderCategory;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.PastMeetingRecord;
import org.redheart.meetings.api.PastMeetings;

/**
 * The meeting page's section for a recorded past meeting (status HISTORICAL): marked "historical",
 * the date (and "time not recorded" where the times are unknown), mode, audience and its categories,
 * attendance with its unit, groups held versus planned, speakers, each group's theme code (marked
 * while only suggested), challenges and action plans, and the recommendations.
 */
@Named
@RequestScoped
public class MeetingPastSection {
  @Inject MeetingView meetingView;
  @Inject PastMeetings pastMeetings;
  @Inject StakeholderCategories categories;
  @Inject CountryNames countries;
  @Inject CurrentUser currentUser;
  @Inject Language language;

  private PastMeetingRecord record;
  private boolean loaded;

  public PastMeetingRecord getRecord() {
    if (!loaded) {
      loaded = true;
      MeetingSummary m = meetingView.getMeeting();
      if (m != null && PastMeetings.HISTORICAL.equals(m.stage())) {
        record = pastMeetings.find(m.id(), currentUser.actor()).orElse(null);
      }
    }
    return record;
  }

  public boolean isPast() {
    return getRecord() != null;
  }

  public String getCategoryNames() {
    if (getRecord() == null) {
      return "";
    }
    Map<Long, StakeholderCategory> all = categories.all().stream().collect(Collectors.toMap(StakeholderCategory::id, c -> c));
    return record.categoryIds().stream().map(all::get).filter(c -> c != null).map(c -> c.name(language.getCode()))
        .collect(Collectors.joining("; "));
  }

  public String country(String code) {
    return code == null ? "" : countries.name(code, language.getCode());
  }

  public List<PastMeetingRecord.PastRecommendation> getDemands() {
    return getRecord() == null ? List.of() : record.recommendations().stream().filter(r -> r.kind().equals("DEMAND")).toList();
  }

  public List<PastMeetingRecord.PastRecommendation> getGoodPractices() {
    return getRecord() == null ? List.of()
        : record.recommendations().stream().filter(r -> r.kind().equals("GOOD_PRACTICE")).toList();
  }

  public boolean isMayConfirm() {
    return currentUser.isOrganiser() || currentUser.isSupervisor();
  }
}
