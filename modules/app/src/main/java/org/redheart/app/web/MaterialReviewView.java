package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.Attestation;
import org.redheart.materials.api.DiffSegment;
import org.redheart.materials.api.MaterialDetails;
import org.redheart.materials.api.Materials;
import org.redheart.materials.api.ReviewStage;
import org.redheart.materials.api.ReviewTask;
import org.redheart.materials.api.VersionFile;
import org.redheart.materials.api.VersionView;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.WorkList;

/**
 * The approval view ({@code ?task=}): the version in review beside the last approved one with the
 * differences marked, the safeguarding findings marked in the text, the photos with their
 * attestations, and the decision: approve or request changes (a comment is required) for a
 * supervisor; clear or request changes with a required note for the safeguarding lead. Someone who
 * may not work on the task gets the 403 page, never the buttons.
 */
@Named
@RequestScoped
public class MaterialReviewView {
  static final Map<String, String> COMMENT_IDS = Map.of("comment", "review:comment", "note", "review:comment");

  @Inject Materials materials;
  @Inject WorkList workList;
  @Inject CurrentUser currentUser;

  private String task;
  private ReviewTask review;
  private MaterialDetails details;
  private VersionView version;
  private VersionView approved;
  private List<DiffSegment> comparison;
  private boolean loaded;
  private String comment;
  private final Map<String, String> fileErrors = new java.util.HashMap<>();

  public void load() {
    getReview();
  }

  /** The task, if the user may work on it; otherwise the 403 page (or 404 when the task is not open). */
  public ReviewTask getReview() {
    if (!loaded) {
      loaded = true;
      if (task == null) {
        task = MaterialForms.param("task");
      }
      if (task == null || task.isBlank()) {
        Pages.notFound();
        return null;
      }
      Optional<ReviewTask> mine = materials.reviewTask(task, currentUser.actor());
      if (mine.isEmpty()) {
        if (workList.find(task).isPresent()) {
          Pages.forbidden(Pages.text("materials.notYourReview"));
        } else {
          Pages.notFound();
        }
        return null;
      }
      review = mine.get();
      try {
        details = materials.get(review.materialId(), currentUser.actor());
        version = materials.version(review.materialId(), review.versionNumber(), currentUser.actor());
        int last = details.lastApprovedVersion();
        if (last > 0 && last != review.versionNumber()) {
          approved = materials.version(review.materialId(), last, currentUser.actor());
        }
        comparison = materials.compare(review.materialId(), review.versionNumber(), currentUser.actor());
      } catch (NotFound e) {
        review = null;
        Pages.notFound();
      } catch (Forbidden e) {
        review = null;
        Pages.forbidden(e.getMessage());
      }
    }
    return review;
  }

  public MaterialDetails getDetails() {
    getReview();
    return details;
  }

  public VersionView getVersion() {
    getReview();
    return version;
  }

  /** The last approved version before this one (null when none was approved). */
  public VersionView getApproved() {
    getReview();
    return approved;
  }

  public boolean isClearance() {
    return getReview() != null && review.stage() == ReviewStage.CLEARANCE;
  }

  public List<MaterialText.Segment> getSegments() {
    return getVersion() == null ? List.of() : MaterialText.highlight(version.text(), version.findings());
  }

  public List<MaterialText.DiffPart> getDiff() {
    getReview();
    return MaterialText.diff(comparison);
  }

  /** "12 words added, 3 removed". */
  public String getChangeSummary() {
    int[] changed = MaterialText.changedWords(comparison);
    return Pages.text("materials.changeSummary", changed[0], changed[1]);
  }

  /** Approval is offered only when nothing blocks it: findings cleared, every photo attested. */
  public boolean isApprovable() {
    return getVersion() != null && !isClearance() && !version.blockedByFindings() && !version.blockedByPhotos();
  }

  public void approve() {
    if (getReview() == null) {
      return;
    }
    decide(() -> materials.approve(review.materialId(), review.versionNumber(), blankToNull(comment), currentUser.actor()),
        "materials.approved");
  }

  public void requestChanges() {
    if (getReview() == null) {
      return;
    }
    if (blankToNull(comment) == null) {
      MaterialForms.fieldError("review:comment", isClearance() ? "materials.error.noteRequired" : "materials.error.commentRequired");
      return;
    }
    decide(() -> materials.requestChanges(review.materialId(), review.versionNumber(), comment.strip(), currentUser.actor()),
        "materials.changesRequested");
  }

  public void clear() {
    if (getReview() == null) {
      return;
    }
    if (blankToNull(comment) == null) {
      MaterialForms.fieldError("review:comment", "materials.error.noteRequired");
      return;
    }
    decide(() -> materials.clear(review.materialId(), review.versionNumber(), comment.strip(), currentUser.actor()),
        "materials.clearedInfo");
  }

  private void decide(Runnable decision, String doneKey) {
    try {
      decision.run();
      Pages.info(doneKey);
      Pages.redirect("/materials/view.xhtml?id=" + review.materialId());
    } catch (InvalidInput e) {
      MaterialForms.fieldErrors(e, COMMENT_IDS);
    } catch (Conflict | Forbidden | NotFound e) {
      Pages.error(e.getMessage());
    }
  }

  /** Records a photo's attestation from the review page. */
  public void attest() {
    String fileId = MaterialForms.param("fileId");
    if (getReview() == null || fileId == null) {
      return;
    }
    String error = MaterialAttestations.attest(materials, review.materialId(), fileId, currentUser.actor());
    if (error != null) {
      fileErrors.put(fileId, error);
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    Pages.info("materials.attested");
    Pages.redirect("/materials/review.xhtml?task=" + task);
  }

  public void removeFile() {
    // files are not removed during a review: the author edits the material instead
  }

  public String fileError(String fileId) {
    return fileErrors.get(fileId);
  }

  public String postedAttestation(VersionFile f) {
    if (f.fileId().equals(MaterialForms.param("fileId")) && MaterialForms.param("attestation") != null) {
      return MaterialForms.param("attestation");
    }
    return f.attestation() == null ? "" : f.attestation().name();
  }

  public String postedReference(VersionFile f) {
    if (f.fileId().equals(MaterialForms.param("fileId")) && MaterialForms.param("consentReference") != null) {
      return MaterialForms.param("consentReference");
    }
    return f.consentReference() == null ? "" : f.consentReference();
  }

  public Attestation[] getAttestations() {
    return Attestation.values();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public String getTask() { return task; }
  public void setTask(String task) { this.task = task; }
  public String getComment() { return comment; }
  public void setComment(String comment) { this.comment = comment; }
}
