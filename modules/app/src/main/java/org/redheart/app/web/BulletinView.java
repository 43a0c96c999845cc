package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.api.StakeholderCategory;
import org.redheart.materials.api.BulletinAudience;
import org.redheart.materials.api.BulletinRecipient;
import org.redheart.materials.api.BulletinSend;
import org.redheart.materials.api.Bulletins;
import org.redheart.materials.api.MaterialDetails;
import org.redheart.materials.api.MaterialQuery;
import org.redheart.materials.api.MaterialStatus;
import org.redheart.materials.api.MaterialSummary;
import org.redheart.materials.api.Materials;
import org.redheart.materials.api.RecipientState;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Jobs;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;

/**
 * A bulletin's page ({@code materials/bulletin.xhtml?id=…}): the approved materials it includes
 * (chosen while it is a draft), the audience form with the number of members it matches, Send (with
 * a confirmation step), and its sends with their progress and, for one send, its recipients filtered
 * by state and paged. The page reloads itself while a send runs. Postbacks carry the bulletin id in a
 * hidden {@code bulletinId} field and the audience in plain fields.
 */
@Named
@RequestScoped
public class BulletinView {
  static final int PAGE_SIZE = 50;

  @Inject Bulletins bulletins;
  @Inject Materials materials;
  @Inject Jobs jobs;
  @Inject StakeholderCategories categories;
  @Inject CurrentUser currentUser;

  private String id;
  private String sendId;
  private String state;
  private int page;
  private MaterialDetails bulletin;
  private List<MaterialSummary> included;
  private List<MaterialSummary> approved;
  private List<BulletinSend> sends;
  private Page<BulletinRecipient> recipients;
  private Long audienceSize;
  private boolean confirming;

  /** Loads the bulletin (404 when unknown or not readable) and reloads the page while a send runs. */
  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    if (getBulletin() == null) {
      Pages.notFound();
      return;
    }
    if (getSends().stream().anyMatch(s -> "RUNNING".equals(s.state()))) {
      ((HttpServletResponse) faces.getExternalContext().getResponse()).setHeader("Refresh", "3");
    }
  }

  /** The bulletin of the page: the view parameter, or on a postback the hidden {@code bulletinId}. */
  public MaterialDetails getBulletin() {
    if (bulletin == null) {
      String bid = id;
      if (bid == null && FacesContext.getCurrentInstance().isPostback()) {
        bid = param("bulletinId");
      }
      if (bid != null && !bid.isBlank() && bid.length() <= 36) {
        try {
          MaterialDetails d = materials.get(bid.strip(), currentUser.actor());
          bulletin = "BULLETIN".equals(d.summary().kindCode()) ? d : null;
        } catch (NotFound | Forbidden e) {
          bulletin = null;
        }
      }
    }
    return bulletin;
  }

  public boolean isDraft() {
    MaterialStatus s = getBulletin() == null ? null : bulletin.summary().status();
    return s == MaterialStatus.DRAFT || s == MaterialStatus.CHANGES_REQUESTED;
  }

  /** Whether it may be sent now: approved (or sent before) and not withdrawn. */
  public boolean isSendable() {
    MaterialStatus s = getBulletin() == null ? null : bulletin.summary().status();
    return s == MaterialStatus.APPROVED || s == MaterialStatus.PUBLISHED;
  }

  /** Whether the user may change what it includes and send it (the service checks the campaign). */
  public boolean isSender() {
    return currentUser.isSignedIn() && currentUser.actor().hasAny(Role.ORGANISER, Role.SUPERVISOR);
  }

  public List<MaterialSummary> getIncluded() {
    if (included == null) {
      included = getBulletin() == null ? List.of() : bulletins.included(bulletin.id(), currentUser.actor());
    }
    return included;
  }

  /** Approved and published materials of the bulletin's campaign that it may include (the first 200). */
  public List<MaterialSummary> getCandidates() {
    if (approved == null) {
      approved = new ArrayList<>();
      if (getBulletin() != null) {
        String campaignId = bulletin.summary().campaignId();
        for (MaterialStatus s : List.of(MaterialStatus.APPROVED, MaterialStatus.PUBLISHED)) {
          materials.list(new MaterialQuery(campaignId, null, s, null, null), new PageRequest(0, 100), currentUser.actor())
              .items().stream().filter(m -> !"BULLETIN".equals(m.kindCode())).forEach(approved::add);
        }
      }
    }
    return approved;
  }

  public boolean isIncluded(MaterialSummary m) {
    return getIncluded().stream().anyMatch(i -> i.id().equals(m.id()));
  }

  public List<BulletinSend> getSends() {
    if (sends == null) {
      sends = getBulletin() == null ? List.of() : bulletins.sends(bulletin.id(), currentUser.actor());
    }
    return sends;
  }

  /** The send whose recipients are shown: the chosen one, else the newest. */
  public BulletinSend getSelected() {
    List<BulletinSend> all = getSends();
    return all.stream().filter(s -> s.id().equals(sendId)).findFirst().orElse(all.isEmpty() ? null : all.get(0));
  }

  public Page<BulletinRecipient> getRecipients() {
    if (recipients == null && getSelected() != null) {
      recipients = bulletins.recipients(getSelected().id(), recipientState(), new PageRequest(page, PAGE_SIZE),
          currentUser.actor());
    }
    return recipients;
  }

  /** The job's progress of a send in whole percent, when the user may see the job (its starter, admins). */
  public Integer percent(BulletinSend send) {
    if (send.jobId() == null) {
      return null;
    }
    try {
      return jobs.get(send.jobId(), currentUser.actor()).percent();
    } catch (NotFound | Forbidden e) {
      return null;
    }
  }

  /** How many active members the audience (of the form, else everyone) matches now. */
  public long getAudienceSize() {
    if (audienceSize == null) {
      try {
        audienceSize = bulletins.audienceSize(audienceOfForm(), currentUser.actor());
      } catch (InvalidInput | Forbidden e) {
        audienceSize = 0L;
      }
    }
    return audienceSize;
  }

  public List<StakeholderCategory> getCategories() {
    return categories.all();
  }

  public RecipientState[] getRecipientStates() {
    return RecipientState.values();
  }

  public String stateLabel(String sendState) {
    return Pages.text("bulletin.send.state." + sendState);
  }

  public String recipientLabel(RecipientState s) {
    return Pages.text("bulletin.recipient.state." + s.name());
  }

  public String badge(String sendState) {
    return switch (sendState) {
      case "SENT" -> "badge badge-ok";
      case "RUNNING" -> "badge badge-current";
      case "STOPPED", "FAILED", "CANCELLED" -> "badge badge-late";
      default -> "badge";
    };
  }

  /** Where the pager and the filter lead: this page with the send and the state chosen. */
  public String getBase() {
    StringBuilder b = new StringBuilder("/materials/bulletin.xhtml?id=").append(getBulletin() == null ? "" : bulletin.id());
    if (getSelected() != null) {
      b.append("&send=").append(getSelected().id());
    }
    if (recipientState() != null) {
      b.append("&state=").append(recipientState().name());
    }
    return b.append("&").toString();
  }

  // --- actions ---------------------------------------------------------------------------------

  /** Saves the chosen materials (the checked {@code include} boxes, in the list's order). */
  public void saveIncluded() {
    if (getBulletin() == null) {
      Pages.notFound();
      return;
    }
    String[] chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
        .getOrDefault("include", new String[0]);
    Set<String> ids = new LinkedHashSet<>(List.of(chosen));
    act(() -> bulletins.include(bulletin.id(), List.copyOf(ids), currentUser.actor()), "bulletin.included.saved");
  }

  /** Counts the audience of the form again (shown on the re-rendered page). */
  public void count() {
    audienceSize = null;
    try {
      audienceSize = bulletins.audienceSize(audienceOfForm(), currentUser.actor());
    } catch (InvalidInput e) {
      fieldErrors(e);
    }
  }

  /** First press of Send: counts the audience and asks to confirm. */
  public void prepare() {
    count();
    confirming = !FacesContext.getCurrentInstance().isValidationFailed();
  }

  /** The confirmed send: starts the job and shows its progress. */
  public void send() {
    if (getBulletin() == null) {
      Pages.notFound();
      return;
    }
    try {
      BulletinSend s = bulletins.send(bulletin.id(), audienceOfForm(), currentUser.actor());
      Pages.info("bulletin.send.started");
      Pages.redirect("/materials/bulletin.xhtml?id=" + bulletin.id() + "&send=" + s.id());
    } catch (InvalidInput e) {
      fieldErrors(e);
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  private void act(Runnable action, String doneKey) {
    try {
      action.run();
      Pages.info(doneKey);
      Pages.redirect("/materials/bulletin.xhtml?id=" + bulletin.id());
    } catch (InvalidInput e) {
      fieldErrors(e);
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  /** The audience of the posted form (everyone on a GET). */
  BulletinAudience audienceOfForm() {
    if (!FacesContext.getCurrentInstance().isPostback()) {
      return BulletinAudience.everyone();
    }
    Long category = null;
    String c = param("categoryId");
    if (c != null && !c.isBlank()) {
      try {
        category = Long.parseLong(c.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInput("categoryId", "is not a stakeholder category");
      }
    }
    return new BulletinAudience(param("countryCode"), category, "on".equals(param("volunteersOnly")) ? Boolean.TRUE : null,
        param("language"));
  }

  /** The value of a posted audience field, for re-rendering the form. */
  public String posted(String name) {
    String v = FacesContext.getCurrentInstance().isPostback() ? param(name) : null;
    return v == null ? "" : v;
  }

  /** Each field error as a message naming the field in the page's language; the page is shown again. */
  private static void fieldErrors(InvalidInput e) {
    e.fieldErrors().forEach((field, message) -> {
      String name = field.replaceAll("\\[\\d+\\]$", "");
      Pages.error(Pages.text("bulletin.field." + name) + ": " + message);
    });
    FacesContext.getCurrentInstance().validationFailed();
  }

  private RecipientState recipientState() {
    if (state == null || state.isBlank()) {
      return null;
    }
    try {
      return RecipientState.valueOf(state.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String param(String name) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
  }

  /**
   * Whether the confirmation (with the Send button) shows: after the first press, and while the
   * confirmed press is processed (else Faces would drop the click of a button it does not render).
   */
  public boolean isConfirming() {
    return confirming || (FacesContext.getCurrentInstance().isPostback() && param("audience:send") != null);
  }
  public String getId() { return id; }
  public void setId(String id) { this.id = id == null || id.length() > 36 ? null : id.strip(); }
  public String getSend() { return sendId; }
  public void setSend(String send) { this.sendId = send == null || send.length() > 36 ? null : send.strip(); }
  public String getState() { return state; }
  public void setState(String state) { this.state = state; }
  public int getPage() { return page; }
  public void setPage(int page) { this.page = Math.max(0, Math.min(page, 100_000)); }
}
