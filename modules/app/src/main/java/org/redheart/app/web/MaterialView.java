package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.Decision;
import org.redheart.materials.api.MaterialDetails;
import org.redheart.materials.api.MaterialKind;
import org.redheart.materials.api.MaterialStatus;
import org.redheart.materials.api.Materials;
import org.redheart.materials.api.VersionState;
import org.redheart.materials.api.VersionView;
import org.redheart.meetings.api.Campaigns;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Role;

/**
 * The material page ({@code ?id=}): what it is and where it stands, the newest version's text with
 * the safeguarding findings marked, its files, the decisions, the versions (purge for supervisors),
 * and the actions its state and the user's role allow.
 */
@Named
@RequestScoped
public class MaterialView {
  /** Versions listed, newest first. */
  static final int VERSIONS_SHOWN = 30;
  static final Map<String, String> WITHDRAW_IDS = Map.of("reason", "withdraw:reason");
  static final Map<String, String> PUBLISH_IDS = Map.of("permalink", "publish:permalink");

  @Inject Materials materials;
  @Inject Meetings meetings;
  @Inject Campaigns campaigns;
  @Inject CurrentUser currentUser;
  @Inject MaterialLabels labels;

  private String id;
  private MaterialDetails details;
  private boolean loaded;
  private List<VersionView> versions;
  private List<MeetingSummary> meetingList;
  private Boolean writer;
  private Boolean reviewer;

  private String reason;
  private String permalink;
  private String names;

  public void load() {
    getDetails();
  }

  public MaterialDetails getDetails() {
    if (!loaded) {
      loaded = true;
      if (id == null) {
        id = MaterialForms.param("id");
      }
      if (id == null || id.isBlank()) {
        Pages.notFound();
        return null;
      }
      try {
        details = materials.get(id, currentUser.actor());
        Set<String> people = new HashSet<>();
        people.add(details.summary().authorId());
        details.decisions().forEach(d -> people.add(d.actorId()));
        people.addAll(details.current().editorIds());
        labels.preload(people);
      } catch (NotFound | InvalidInput e) {
        Pages.notFound();
      } catch (Forbidden e) {
        Pages.forbidden(e.getMessage());
      }
    }
    return details;
  }

  public List<MaterialText.Segment> getSegments() {
    return getDetails() == null ? List.of() : MaterialText.highlight(details.current().text(), details.current().findings());
  }

  public List<MeetingSummary> getMeetings() {
    if (meetingList == null) {
      meetingList = getDetails() == null || details.meetingIds().isEmpty() ? List.of()
          : details.meetingIds().stream().map(meetings.summaries(details.meetingIds())::get).filter(m -> m != null).toList();
    }
    return meetingList;
  }

  /** Every version, newest first (at most {@value #VERSIONS_SHOWN}); the newest is the one above. */
  public List<VersionView> getVersions() {
    if (versions == null) {
      versions = new ArrayList<>();
      if (getDetails() != null) {
        versions.add(details.current());
        int oldest = Math.max(1, details.current().number() - VERSIONS_SHOWN + 1);
        for (int n = details.current().number() - 1; n >= oldest; n--) {
          try {
            versions.add(materials.version(details.id(), n, currentUser.actor()));
          } catch (NotFound e) {
            // a version that is not there any more is simply not listed
          }
        }
      }
    }
    return versions;
  }

  /** Decisions, newest first (as the service gives them). */
  public List<Decision> getDecisions() {
    return getDetails() == null ? List.of() : details.decisions();
  }

  /** An organiser or supervisor of the material's campaign: writes, submits, marks published. */
  public boolean isWriter() {
    if (writer == null) {
      writer = getDetails() != null && (currentUser.isOrganiser() || currentUser.isSupervisor())
          && campaigns.belongs(details.summary().campaignId(), currentUser.actor());
    }
    return writer;
  }

  private boolean isCampaignSupervisor() {
    return getDetails() != null && currentUser.isSupervisor()
        && campaigns.isMember(details.summary().campaignId(), currentUser.getUser().id(), Role.SUPERVISOR);
  }

  public boolean isCanEdit() {
    return isWriter() && status() != MaterialStatus.WITHDRAWN;
  }

  public boolean isCanSubmit() {
    return isWriter() && details.current().state() == VersionState.DRAFT;
  }

  /** The author, a supervisor of the campaign or the safeguarding lead withdraws a material not yet withdrawn. */
  public boolean isCanWithdraw() {
    if (getDetails() == null || status() == MaterialStatus.WITHDRAWN) {
      return false;
    }
    return currentUser.getUser().id().equals(details.summary().authorId()) || isCampaignSupervisor()
        || currentUser.has("SAFEGUARDING_LEAD");
  }

  public boolean isCanMarkPublished() {
    return isWriter() && status() == MaterialStatus.APPROVED;
  }

  /** Supervisors purge the text of a rejected or withdrawn version. */
  public boolean canPurge(VersionView v) {
    return v != null && v.state().purgeable() && !v.purged() && isCampaignSupervisor();
  }

  /** The open review of the newest version, when the user may work on it. */
  public boolean isReviewer() {
    if (reviewer == null) {
      reviewer = getDetails() != null && details.reviewTaskId() != null
          && materials.reviewTask(details.reviewTaskId(), currentUser.actor()).isPresent();
    }
    return reviewer;
  }

  public boolean isBulletin() {
    return getDetails() != null && MaterialKind.BULLETIN.equals(details.summary().kindCode());
  }

  /** What blocks the newest version's approval, in words (empty when nothing). */
  public List<String> getBlocks() {
    List<String> out = new ArrayList<>();
    if (getDetails() != null && details.current().state() == VersionState.IN_REVIEW) {
      if (details.current().blockedByFindings()) {
        out.add(Pages.text("materials.blockedByFindings"));
      }
      if (details.current().blockedByPhotos()) {
        out.add(Pages.text("materials.blockedByPhotos"));
      }
    }
    return out;
  }

  private MaterialStatus status() {
    return getDetails() == null ? null : details.summary().status();
  }

  public void submit() {
    if (getDetails() == null) {
      return;
    }
    try {
      MaterialDetails submitted = materials.submit(details.id(), sensitiveNames(names), currentUser.actor());
      long findings = submitted.current().findings().size();
      if (findings == 0) {
        Pages.info("materials.submitted");
      } else {
        Pages.info("materials.submittedWithFindings", findings);
      }
      Pages.redirect("/materials/view.xhtml?id=" + details.id());
    } catch (InvalidInput e) {
      Pages.error(String.join(" ", e.fieldErrors().values()));
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  /** The names typed one per line (or separated by commas), without blanks and repeats. */
  static List<String> sensitiveNames(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(typed.split("[\\r\\n,;]+")).map(String::strip).filter(n -> !n.isEmpty())
        .distinct().limit(50).toList();
  }

  public void withdraw() {
    if (getDetails() == null) {
      return;
    }
    if (reason == null || reason.isBlank()) {
      MaterialForms.fieldError("withdraw:reason", "materials.error.reasonRequired");
      return;
    }
    try {
      materials.withdraw(details.id(), reason.strip(), currentUser.actor());
      Pages.info("materials.withdrawn");
      Pages.redirect("/materials/view.xhtml?id=" + details.id());
    } catch (InvalidInput e) {
      MaterialForms.fieldErrors(e, WITHDRAW_IDS);
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  public void markPublished() {
    if (getDetails() == null) {
      return;
    }
    if (permalink == null || permalink.isBlank()) {
      MaterialForms.fieldError("publish:permalink", "materials.error.permalinkRequired");
      return;
    }
    try {
      materials.markPublished(details.id(), permalink.strip(), currentUser.actor());
      Pages.info("materials.published");
      Pages.redirect("/materials/view.xhtml?id=" + details.id());
    } catch (InvalidInput e) {
      MaterialForms.fieldErrors(e, PUBLISH_IDS);
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  public void purge() {
    String number = MaterialForms.param("version");
    if (getDetails() == null || number == null) {
      return;
    }
    try {
      int n = Integer.parseInt(number);
      materials.purge(details.id(), n, currentUser.actor());
      Pages.info("materials.purged", n);
      Pages.redirect("/materials/view.xhtml?id=" + details.id());
    } catch (NumberFormatException | NotFound e) {
      Pages.error(Pages.text("materials.error.noSuchVersion"));
    } catch (InvalidInput e) {
      Pages.error(String.join(" ", e.fieldErrors().values()));
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public String getNames() { return names; }
  public void setNames(String names) { this.names = names; }
  public String getPermalink() { return permalink; }
  public void setPermalink(String permalink) { this.permalink = permalink; }
}
