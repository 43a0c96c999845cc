package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.ContactQuery;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * The contact directory: a name search and filters sent as a GET form (so a filtered list is a
 * shareable address), a page of results with the total, and export links carrying the same filters.
 */
@Named
@RequestScoped
public class ContactsView {
  static final int PAGE_SIZE = 25;
  /** Organisations offered in the filter's select; beyond that, a filtered list is reached from the organisation's page. */
  static final int ORGANISATION_CHOICES = 200;

  @Inject Contacts contacts;
  @Inject CurrentUser currentUser;
  @Inject Formats formats;

  private String q;
  private String kind;
  private String organisationId;
  private String categoryId;
  private String district;
  private String country;
  private String tag;
  private int page;
  private Page<ContactSummary> result;
  private String problem;
  private List<ContactSummary> organisations;

  public Page<ContactSummary> getResult() {
    if (result == null) {
      try {
        result = contacts.search(query(), new PageRequest(page, PAGE_SIZE), currentUser.actor());
        if (result.items().isEmpty() && page > 0 && result.total() > 0) {
          // past the last page (an old link): show the last one
          page = (int) (result.pageCount() - 1);
          result = contacts.search(query(), new PageRequest(page, PAGE_SIZE), currentUser.actor());
        }
      } catch (InvalidInput e) {
        problem = e.getMessage();
        result = new Page<>(List.of(), 0, PAGE_SIZE, 0);
      }
    }
    return result;
  }

  /** A filter the search refused (an unknown country, say), to show above the empty list. */
  public String getProblem() {
    getResult();
    return problem;
  }

  ContactQuery query() {
    return new ContactQuery(blankToNull(q), kindOrNull(), blankToNull(organisationId), categoryIdOrNull(),
        blankToNull(district), blankToNull(country), blankToNull(tag));
  }

  public boolean isFiltered() {
    return blankToNull(q) != null || kindOrNull() != null || blankToNull(organisationId) != null
        || categoryIdOrNull() != null || blankToNull(district) != null || blankToNull(country) != null
        || blankToNull(tag) != null;
  }

  /** "1–25 of 1,234". */
  public String getRange() {
    Page<ContactSummary> r = getResult();
    long from = r.total() == 0 ? 0 : (long) r.page() * r.size() + 1;
    long to = Math.min(r.total(), (long) r.page() * r.size() + r.items().size());
    return Pages.text("contacts.range", formats.count(from), formats.count(to), formats.count(r.total()));
  }

  /** The current filters as a query string (no page), for the pager and the export links. */
  public String getFilterQuery() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", blankToNull(q));
    params.put("kind", kindOrNull() == null ? null : kindOrNull().name());
    params.put("organisationId", blankToNull(organisationId));
    params.put("categoryId", categoryIdOrNull() == null ? null : categoryIdOrNull().toString());
    params.put("district", blankToNull(district));
    params.put("country", blankToNull(country));
    params.put("tag", blankToNull(tag));
    StringBuilder sb = new StringBuilder();
    params.forEach((k, v) -> {
      if (v != null) {
        sb.append(sb.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
      }
    });
    return sb.toString();
  }

  /** The address of another page of the same list. */
  public String pageLink(int target) {
    String filters = getFilterQuery();
    return "/contacts.xhtml?" + (filters.isEmpty() ? "" : filters + "&") + "page=" + target;
  }

  public String exportLink(String format) {
    String filters = getFilterQuery();
    return "/api/contacts/export." + format + (filters.isEmpty() ? "" : "?" + filters);
  }

  /** Organisations for the filter's select, by name; the chosen one is always among them. */
  public List<ContactSummary> getOrganisations() {
    if (organisations == null) {
      organisations = new ArrayList<>(contacts.search(new ContactQuery(null, ContactKind.ORGANISATION, null, null, null,
          null, null), new PageRequest(0, ORGANISATION_CHOICES), currentUser.actor()).items());
      String chosen = blankToNull(organisationId);
      if (chosen != null && organisations.stream().noneMatch(o -> o.id().equals(chosen))) {
        ContactSummary s = contacts.summaries(List.of(chosen)).get(chosen);
        if (s != null) {
          organisations.add(0, s);
        }
      }
    }
    return organisations;
  }

  public ContactKind[] getKinds() {
    return ContactKind.values();
  }

  public boolean isManager() {
    return currentUser.isAdmin() || currentUser.isSupervisor();
  }

  private ContactKind kindOrNull() {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return ContactKind.valueOf(kind.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Long categoryIdOrNull() {
    if (categoryId == null || categoryId.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(Digits.toAscii(categoryId.strip()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getQ() { return q; }
  public void setQ(String q) { this.q = q; }
  public String getKind() { return kind; }
  public void setKind(String kind) { this.kind = kind; }
  public String getOrganisationId() { return organisationId; }
  public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
  public String getCategoryId() { return categoryId; }
  public void setCategoryId(String categoryId) { this.categoryId = categoryId; }
  public String getDistrict() { return district; }
  public void setDistrict(String district) { this.district = district; }
  public String getCountry() { return country; }
  public void setCountry(String country) { this.country = country; }
  public String getTag() { return tag; }
  public void setTag(String tag) { this.tag = tag; }
  public int getPage() { return page; }
  public void setPage(int page) { this.page = Math.max(0, Math.min(page, 1_000_000)); }
}
