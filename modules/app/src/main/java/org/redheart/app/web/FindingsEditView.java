package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.ContactQuery;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.meetings.api.ActionPlans.ActionPlanView;
import org.redheart.meetings.api.Findings;
import org.redheart.meetings.api.Findings.FindingsInput;
import org.redheart.meetings.api.Findings.FindingsView;
import org.redheart.meetings.api.Findings.GroupFindings;
import org.redheart.meetings.api.Findings.GroupInput;
import org.redheart.meetings.api.Findings.PlanInput;
import org.redheart.meetings.api.Findings.RecommendationInput;
import org.redheart.meetings.api.Meetings;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.PageRequest;

/**
 * The findings page ({@code meetings/findings.xhtml?id=<meetingId>}): per breakout group its theme
 * code and theme, the challenges (one per line) and its action plans (action; owner found by a
 * search of the contacts; due date), then the meeting's recommendations. Rows are plain inputs
 * (any number; "add" buttons add one), read back from the request on every post; a row left empty
 * is dropped. Errors show next to their row's field.
 */
@Named
@RequestScoped
public class FindingsEditView {
  static final int OWNER_RESULTS = 8;
  static final int MAX_ROWS = 50;

  @Inject Findings findings;
  @Inject Meetings meetings;
  @Inject Contacts contacts;
  @Inject CurrentUser currentUser;

  private String id;
  private FindingsView view;
  private MeetingSummary meeting;
  private List<GroupRow> groups;
  private List<RecRow> recommendations;
  private final Map<String, String> errors = new HashMap<>();

  /** A group row. */
  public static final class GroupRow {
    public String id;
    public String themeCode = "";
    public String theme = "";
    public String challenges = "";
    public final List<PlanRow> plans = new ArrayList<>();

    public String getId() { return id; }
    public String getThemeCode() { return themeCode; }
    public String getTheme() { return theme; }
    public String getChallenges() { return challenges; }
    public List<PlanRow> getPlans() { return plans; }
  }

  /** An action plan row; {@code results} holds the owners a search found. */
  public static final class PlanRow {
    public String id;
    public String action = "";
    public String ownerId = "";
    public String ownerName = "";
    public String ownerQuery = "";
    public String dueOn = "";
    public boolean closed;
    public String outcome;
    public List<ContactSummary> results = List.of();
    public boolean searched;

    public String getId() { return id; }
    public String getAction() { return action; }
    public String getOwnerId() { return ownerId; }
    public String getOwnerName() { return ownerName; }
    public String getOwnerQuery() { return ownerQuery; }
    public String getDueOn() { return dueOn; }
    public boolean isClosed() { return closed; }
    public String getOutcome() { return outcome; }
    public List<ContactSummary> getResults() { return results; }
    public boolean isSearched() { return searched; }

    boolean blank() {
      return id == null && action.isBlank() && ownerId.isBlank() && dueOn.isBlank();
    }
  }

  /** A recommendation row. */
  public static final class RecRow {
    public String kind = "DEMAND";
    public String text = "";

    public String getKind() { return kind; }
    public String getText() { return text; }
  }

  public void load() {
    if (view != null) {
      return;
    }
    if (id == null) {
      id = param("id");
    }
    try {
      view = findings.get(id, currentUser.actor());
      meeting = meetings.summaries(List.of(view.meetingId())).get(view.meetingId());
    } catch (NotFound e) {
      Pages.notFound();
    } catch (Forbidden e) {
      Pages.forbidden(e.getMessage());
    }
  }

  public FindingsView getView() {
    load();
    return view;
  }

  public MeetingSummary getMeeting() {
    load();
    return meeting;
  }

  public List<GroupRow> getGroups() {
    if (groups == null) {
      if (isPostback()) {
        groups = postedGroups();
      } else {
        groups = new ArrayList<>();
        if (getView() != null) {
          for (GroupFindings g : view.groups()) {
            GroupRow row = new GroupRow();
            row.id = String.valueOf(g.id());
            row.themeCode = g.themeCode();
            row.theme = g.theme() == null ? "" : g.theme();
            row.challenges = String.join("\n", g.challenges());
            for (ActionPlanView p : g.actionPlans()) {
              row.plans.add(planRow(p));
            }
            row.plans.add(new PlanRow());
            groups.add(row);
          }
        }
        if (groups.isEmpty()) {
          groups.add(emptyGroup());
        }
      }
    }
    return groups;
  }

  public List<RecRow> getRecommendations() {
    if (recommendations == null) {
      recommendations = new ArrayList<>();
      if (isPostback()) {
        Map<String, String[]> values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        String[] kinds = values.getOrDefault("rec_kind", new String[0]);
        String[] texts = values.getOrDefault("rec_text", new String[0]);
        for (int i = 0; i < Math.min(texts.length, MAX_ROWS * 2); i++) {
          RecRow r = new RecRow();
          r.kind = i < kinds.length ? kinds[i] : "DEMAND";
          r.text = texts[i];
          recommendations.add(r);
        }
      } else if (getView() != null) {
        view.recommendations().forEach(v -> {
          RecRow r = new RecRow();
          r.kind = v.kind();
          r.text = v.text();
          recommendations.add(r);
        });
        recommendations.add(new RecRow());
      }
    }
    return recommendations;
  }

  public void addGroup() {
    getGroups().add(emptyGroup());
    getRecommendations();
  }

  public void addPlan(int group) {
    getGroups().get(group).plans.add(new PlanRow());
    getRecommendations();
  }

  public void addRecommendation() {
    getGroups();
    getRecommendations().add(new RecRow());
  }

  /** Finds contacts (people and organisations) whose names match the row's search text. */
  public void searchOwner(int group, int plan) {
    PlanRow row = getGroups().get(group).plans.get(plan);
    getRecommendations();
    row.searched = true;
    if (row.ownerQuery.isBlank()) {
      errors.put(planField(group, plan, "owner"), Pages.text("findings.searchEmpty"));
      return;
    }
    row.results = contacts.search(ContactQuery.text(row.ownerQuery.strip()), new PageRequest(0, OWNER_RESULTS),
        currentUser.actor()).items();
  }

  public void save() {
    if (getView() == null) {
      return;
    }
    List<GroupRow> rows = getGroups();
    getRecommendations();
    List<GroupInput> groupsIn = new ArrayList<>();
    Map<String, String> rowPrefix = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      GroupRow g = rows.get(i);
      boolean emptyGroup = g.id == null && g.themeCode.isBlank() && g.theme.isBlank() && g.challenges.isBlank()
          && g.plans.stream().allMatch(PlanRow::blank);
      if (emptyGroup) {
        continue;
      }
      List<PlanInput> plans = new ArrayList<>();
      for (int j = 0; j < g.plans.size(); j++) {
        PlanRow p = g.plans.get(j);
        if (p.blank()) {
          continue;
        }
        rowPrefix.put("groups[" + groupsIn.size() + "].actionPlans[" + plans.size() + "].", "g" + i + ".p" + j + ".");
        plans.add(p.closed ? new PlanInput(p.id, null, null, null) : new PlanInput(p.id, p.action, p.ownerId, p.dueOn));
      }
      rowPrefix.put("groups[" + groupsIn.size() + "].", "g" + i + ".");
      groupsIn.add(new GroupInput(g.id == null ? null : Long.valueOf(g.id), g.themeCode, g.theme, g.challenges, plans));
    }
    List<RecommendationInput> recs = new ArrayList<>();
    for (int i = 0; i < recommendations.size(); i++) {
      RecRow r = recommendations.get(i);
      if (!r.text.isBlank()) {
        rowPrefix.put("recommendations[" + recs.size() + "].", "r" + i + ".");
        recs.add(new RecommendationInput(r.kind, r.text));
      }
    }
    try {
      findings.save(id, new FindingsInput(groupsIn, recs), currentUser.actor());
      Pages.info("findings.saved");
      Pages.redirect("/meetings/findings.xhtml?id=" + id);
    } catch (InvalidInput e) {
      e.fieldErrors().forEach((field, message) -> errors.put(pageField(field, rowPrefix), message));
      Pages.error(Pages.text("findings.notSaved"));
    } catch (Forbidden | NotFound e) {
      Pages.error(e.getMessage());
    }
  }

  /** Maps {@code groups[1].actionPlans[0].dueOn} (the api's row) to {@code g2.p0.dueOn} (the page's row). */
  static String pageField(String field, Map<String, String> rowPrefix) {
    String best = null;
    for (String prefix : rowPrefix.keySet()) {
      if (field.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return best == null ? field : rowPrefix.get(best) + field.substring(best.length());
  }

  public String error(String field) {
    return errors.get(field);
  }

  public String groupError(int group, String field) {
    return errors.get("g" + group + "." + field);
  }

  public String planError(int group, int plan, String field) {
    return errors.get(planField(group, plan, field));
  }

  public String recError(int rec, String field) {
    return errors.get("r" + rec + "." + field);
  }

  private static String planField(int group, int plan, String field) {
    return "g" + group + ".p" + plan + "." + field;
  }

  public boolean isEditable() {
    return getView() != null && view.editable();
  }

  private List<GroupRow> postedGroups() {
    List<GroupRow> out = new ArrayList<>();
    int count = Math.min(intParam("groupCount"), MAX_ROWS);
    for (int i = 0; i < count; i++) {
      String g = "g" + i + ".";
      GroupRow row = new GroupRow();
      row.id = blankToNull(param(g + "id"));
      row.themeCode = text(g + "themeCode");
      row.theme = text(g + "theme");
      row.challenges = text(g + "challenges");
      int plans = Math.min(intParam(g + "planCount"), MAX_ROWS * 2);
      for (int j = 0; j < plans; j++) {
        String p = g + "p" + j + ".";
        PlanRow plan = new PlanRow();
        plan.id = blankToNull(param(p + "id"));
        plan.closed = "true".equals(param(p + "closed"));
        plan.action = text(p + "action");
        plan.ownerId = text(p + "owner");
        plan.ownerName = text(p + "ownerName");
        plan.ownerQuery = text(p + "ownerQuery");
        plan.dueOn = text(p + "dueOn");
        plan.outcome = blankToNull(param(p + "outcome"));
        row.plans.add(plan);
      }
      out.add(row);
    }
    // the owner chosen among search results: show its name
    List<String> ids = out.stream().flatMap(r -> r.plans.stream()).map(p -> p.ownerId).filter(s -> !s.isBlank()).distinct().toList();
    if (!ids.isEmpty()) {
      Map<String, ContactSummary> names = contacts.summaries(ids);
      out.forEach(r -> r.plans.forEach(p -> {
        ContactSummary c = names.get(p.ownerId);
        if (c != null) {
          p.ownerName = c.name() == null ? "" : c.name();
        }
      }));
    }
    return out;
  }

  private static PlanRow planRow(ActionPlanView p) {
    PlanRow row = new PlanRow();
    row.id = p.id();
    row.action = p.action();
    row.ownerId = p.ownerContactId() == null ? "" : p.ownerContactId();
    row.ownerName = p.ownerName() == null ? "" : p.ownerName();
    row.dueOn = p.dueOn() == null ? "" : p.dueOn().toString();
    row.closed = !p.open();
    row.outcome = p.outcome();
    return row;
  }

  private static GroupRow emptyGroup() {
    GroupRow row = new GroupRow();
    row.plans.add(new PlanRow());
    return row;
  }

  private static boolean isPostback() {
    return FacesContext.getCurrentInstance().isPostback();
  }

  private static int intParam(String name) {
    try {
      return Integer.parseInt(param(name));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String text(String name) {
    String v = param(name);
    return v == null ? "" : v;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String param(String name) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
}
