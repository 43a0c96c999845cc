package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.api.StakeholderCategory;
import org.redheart.network.api.ApplicationDetails;
import org.redheart.network.api.MemberQuery;
import org.redheart.network.api.MemberState;
import org.redheart.network.api.MemberSummary;
import org.redheart.network.api.MembershipApplications;
import org.redheart.network.api.Network;
import org.redheart.network.api.NetworkStats;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * The network page: applications waiting for review, the member directory (search and filters
 * travel as GET parameters, so a filtered list can be bookmarked), members by country, district
 * and category, growth over time (a chart and its table), and the volunteers.
 */
@Named
@RequestScoped
public class NetworkView {
  static final int PAGE_SIZE = 25;

  @Inject Network network;
  @Inject MembershipApplications applications;
  @Inject StakeholderCategories categories;
  @Inject CurrentUser currentUser;
  @Inject Language language;

  private String text;
  private String country;
  private String district;
  private Long categoryId;
  private String volunteer;
  private String state = "ACTIVE";
  private int page;

  private Page<MemberSummary> members;
  private Page<ApplicationDetails> pending;
  private Page<MemberSummary> volunteers;
  private NetworkStats stats;
  private Map<Long, String> categoryNames;

  public Page<ApplicationDetails> getPending() {
    if (pending == null) {
      pending = applications.pending(new PageRequest(0, 50), currentUser.actor());
    }
    return pending;
  }

  public Page<MemberSummary> getMembers() {
    if (members == null) {
      Boolean v = "yes".equals(volunteer) ? Boolean.TRUE : "no".equals(volunteer) ? Boolean.FALSE : null;
      MemberState s = "LEFT".equals(state) ? MemberState.LEFT : "ALL".equals(state) ? null : MemberState.ACTIVE;
      members = network.directory(new MemberQuery(text, country, district, categoryId, v, s), new PageRequest(page, PAGE_SIZE),
          currentUser.actor());
    }
    return members;
  }

  public Page<MemberSummary> getVolunteers() {
    if (volunteers == null) {
      volunteers = network.directory(new MemberQuery(null, null, null, null, true, MemberState.ACTIVE), new PageRequest(0, 100),
          currentUser.actor());
    }
    return volunteers;
  }

  public NetworkStats getStats() {
    if (stats == null) {
      stats = network.stats(currentUser.actor());
    }
    return stats;
  }

  /** The newest months first, for the table beside the chart. */
  public List<NetworkStats.Month> getGrowthNewestFirst() {
    List<NetworkStats.Month> growth = new java.util.ArrayList<>(getStats().growth());
    java.util.Collections.reverse(growth);
    return growth;
  }

  public List<StakeholderCategory> getCategories() {
    return categories.all();
  }

  public String categoryName(Object id) {
    if (id == null) {
      return Pages.text("network.none");
    }
    if (categoryNames == null) {
      categoryNames = categories.all().stream()
          .collect(Collectors.toMap(StakeholderCategory::id, c -> c.name(language.getCode()), (a, b) -> a));
    }
    long key = id instanceof Number n ? n.longValue() : Long.parseLong(id.toString());
    return categoryNames.getOrDefault(key, id.toString());
  }

  public String countryName(String code) {
    if (code == null || code.isBlank()) {
      return Pages.text("network.none");
    }
    String name = new Locale("", code).getDisplayCountry(language.getLocale());
    return name == null || name.isBlank() ? code : name;
  }

  /** "2026-11", in Bengali digits when reading Bangla. */
  public String month(java.time.YearMonth month) {
    return language.isBangla() ? org.redheart.platform.api.Digits.toBengali(month.toString()) : month.toString();
  }

  public String place(String value) {
    return value == null || value.isBlank() ? Pages.text("network.none") : value;
  }

  /** The directory's address with the current filters, ready for {@code page=}. */
  public String getPagerBase() {
    StringBuilder b = new StringBuilder("/network.xhtml?");
    Function<String, String> enc = v -> URLEncoder.encode(v, StandardCharsets.UTF_8);
    if (text != null && !text.isBlank()) b.append("text=").append(enc.apply(text)).append('&');
    if (country != null && !country.isBlank()) b.append("country=").append(enc.apply(country)).append('&');
    if (district != null && !district.isBlank()) b.append("district=").append(enc.apply(district)).append('&');
    if (categoryId != null) b.append("categoryId=").append(categoryId).append('&');
    if (volunteer != null && !volunteer.isBlank()) b.append("volunteer=").append(enc.apply(volunteer)).append('&');
    if (state != null) b.append("state=").append(enc.apply(state)).append('&');
    return b.toString();
  }

  public boolean isReviewer() {
    return currentUser.isSupervisor() || currentUser.isAdmin();
  }

  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public String getCountry() { return country; }
  public void setCountry(String country) { this.country = country; }
  public String getDistrict() { return district; }
  public void setDistrict(String district) { this.district = district; }
  public Long getCategoryId() { return categoryId; }
  public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
  public String getVolunteer() { return volunteer; }
  public void setVolunteer(String volunteer) { this.volunteer = volunteer; }
  public String getState() { return state; }
  public void setState(String state) { this.state = state == null || state.isBlank() ? "ACTIVE" : state; }
  public int getPage() { return page; }
  public void setPage(int page) { this.page = Math.max(0, Math.min(page, 100_000)); }
}
