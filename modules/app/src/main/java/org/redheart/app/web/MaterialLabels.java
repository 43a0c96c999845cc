package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.Decision;
import org.redheart.materials.api.MaterialKind;
import org.redheart.materials.api.MaterialKinds;
import org.redheart.materials.api.MaterialStatus;
import org.redheart.materials.api.MaterialSummary;
import org.redheart.materials.api.Materials;
import org.redheart.materials.api.ReviewStage;
import org.redheart.materials.api.ReviewTask;
import org.redheart.materials.api.StoredFinding;
import org.redheart.materials.api.VersionState;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.Campaigns;
import org.redheart.platform.api.Users;
import org.redheart.platform.api.WorkItem;

/**
 * Words for materials on every page: a material's status as people say it ("approved, awaiting
 * channel" for a post), kinds in the page's language, campaigns and people by name, findings by
 * category and severity, decisions and version states.
 */
@Named
@RequestScoped
public class MaterialLabels {
  @Inject MaterialKinds kinds;
  @Inject Campaigns campaigns;
  @Inject Users users;
  @Inject Language language;
  @Inject Materials materials;
  @Inject CurrentUser currentUser;

  private Map<String, MaterialKind> kindsByCode;
  private Map<String, String> campaignNames;
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, Optional<ReviewTask>> reviewTasks = new HashMap<>();

  /** The status in words; an approved post or bulletin says what it waits for, a review where it stands. */
  public String status(MaterialSummary m) {
    return m == null ? "" : status(m.status(), m.kindCode(), m.reviewStage());
  }

  public String status(MaterialStatus status, String kindCode, ReviewStage stage) {
    if (status == null) {
      return "";
    }
    if (status == MaterialStatus.APPROVED && MaterialKind.SOCIAL_POST.equals(kindCode)) {
      return Pages.text("materials.status.APPROVED_POST");
    }
    if (status == MaterialStatus.APPROVED && MaterialKind.BULLETIN.equals(kindCode)) {
      return Pages.text("materials.status.APPROVED_BULLETIN");
    }
    if (status == MaterialStatus.IN_REVIEW && stage != null && stage != ReviewStage.NONE) {
      return Pages.text("materials.status.IN_REVIEW_" + stage.name());
    }
    return Pages.text("materials.status." + status.name());
  }

  /** A CSS class for the status badge. */
  public String statusClass(MaterialStatus status) {
    if (status == null) {
      return "badge";
    }
    return switch (status) {
      case APPROVED, PUBLISHED, PRINTED -> "badge badge-ok";
      case IN_REVIEW -> "badge badge-current";
      case CHANGES_REQUESTED, WITHDRAWN -> "badge badge-late";
      default -> "badge";
    };
  }

  public String versionState(VersionState state) {
    return state == null ? "" : Pages.text("materials.versionState." + state.name());
  }

  public String decision(Decision.Kind kind) {
    return kind == null ? "" : Pages.text("materials.decision." + kind.name());
  }

  public String category(StoredFinding f) {
    return f == null ? "" : Pages.text("materials.category." + f.category().name());
  }

  public String severity(StoredFinding f) {
    return f == null ? "" : Pages.text("materials.severity." + f.severity().name());
  }

  public List<MaterialKind> getKinds() {
    return List.copyOf(kindsByCode().values());
  }

  public List<MaterialKind> getActiveKinds() {
    return kindsByCode().values().stream().filter(MaterialKind::active).toList();
  }

  public String kind(String code) {
    MaterialKind k = code == null ? null : kindsByCode().get(code);
    return k == null ? (code == null ? "" : code) : k.name(language.getCode());
  }

  private Map<String, MaterialKind> kindsByCode() {
    if (kindsByCode == null) {
      kindsByCode = new java.util.LinkedHashMap<>();
      kinds.all().forEach(k -> kindsByCode.put(k.code(), k));
    }
    return kindsByCode;
  }

  public String campaign(String campaignId) {
    if (campaignNames == null) {
      campaignNames = new HashMap<>();
      campaigns.all().forEach(c -> campaignNames.put(c.id(), c.name()));
    }
    return campaignId == null ? "" : campaignNames.getOrDefault(campaignId, "");
  }

  /** The campaigns the user belongs to (where they may write materials), by name. */
  public List<Campaign> getMyCampaigns() {
    return campaigns.visibleTo(currentUser.actor()).stream()
        .filter(c -> campaigns.belongs(c.id(), currentUser.actor())).toList();
  }

  /** The campaigns the user may see, for the list's filter. */
  public List<Campaign> getVisibleCampaigns() {
    return campaigns.visibleTo(currentUser.actor());
  }

  /** Looks the display names of these users up at once, for {@link #name}. */
  public void preload(Collection<String> userIds) {
    List<String> missing = userIds.stream().filter(id -> id != null && !names.containsKey(id)).distinct().toList();
    if (!missing.isEmpty()) {
      names.putAll(users.displayNames(missing));
    }
  }

  public String name(String userId) {
    if (userId == null) {
      return "";
    }
    if (!names.containsKey(userId)) {
      preload(List.of(userId));
    }
    return names.getOrDefault(userId, userId);
  }

  /** "Language: English and Bangla". */
  public String language(String code) {
    return code == null ? "" : Pages.text("materials.language." + code.replace('+', '_'));
  }

  /** The first 12 characters of a content hash, as the history shows it. */
  public String hashPrefix(String hash) {
    return hash == null ? "" : hash.length() <= 12 ? hash : hash.substring(0, 12);
  }

  /** A review task of the work lists, with the material it is about (empty when no longer open or not the user's). */
  public ReviewTask reviewOf(WorkItem item) {
    if (item == null) {
      return null;
    }
    return reviewTasks.computeIfAbsent(item.id(), id -> materials.reviewTask(id, currentUser.actor())).orElse(null);
  }

  /** The label of a review task in the work lists: "Clear the findings" or "Approve the material". */
  public String reviewStep(WorkItem item) {
    ReviewTask t = reviewOf(item);
    ReviewStage stage = t == null ? null : t.stage();
    return Pages.text(stage == ReviewStage.CLEARANCE ? "materials.task.CLEARANCE" : "materials.task.APPROVAL");
  }
}
