package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.Attestation;
import org.redheart.materials.api.MaterialDetails;
import org.redheart.materials.api.MaterialInput;
import org.redheart.materials.api.Materials;
import org.redheart.materials.api.VersionFile;
import org.redheart.materials.api.VersionState;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.Meetings;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.FileStore;
import org.redheart.platform.api.FileTooLarge;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/**
 * Editing a material ({@code ?id=}): what describes it (title, kind, language, meetings), its text
 * (with the lock the user read, so a stale edit is refused), its files (upload, remove) and each
 * photo's attestation. Editing a version that is no longer a draft makes a new draft version.
 */
@Named
@RequestScoped
public class MaterialEditView {
  static final Map<String, String> DESCRIBE_IDS = Map.of("kindCode", "describe:kindCode", "title", "describe:title",
      "language", "describe:language", "meetingIds", "describe:meetingIds", "campaignId", "describe:title");
  static final Map<String, String> TEXT_IDS = Map.of("text", "content:text");
  static final Map<String, String> UPLOAD_IDS = Map.of("file", "upload:file");

  @Inject Materials materials;
  @Inject Meetings meetings;
  @Inject org.redheart.meetings.api.Campaigns campaigns;
  @Inject FileStore files;
  @Inject CurrentUser currentUser;
  @Inject MaterialLabels labels;

  private String id;
  private MaterialDetails details;
  private boolean loaded;
  private boolean stale;

  private String kindCode;
  private String title;
  private String language;
  private List<String> meetingIds;
  private String text;
  private Part upload;
  private List<MaterialForms.MeetingChoice> meetingChoices;
  private final Map<String, String> fileErrors = new HashMap<>();

  /**
   * The view action of a GET: 404 when the material may not be read, 403 for a reader who may not
   * change it (the safeguarding lead, an admin, someone outside its campaign).
   */
  public void init() {
    if (getDetails() != null && !(currentUser.isOrganiser() || currentUser.isSupervisor())
        || getDetails() != null && !campaigns.belongs(details.summary().campaignId(), currentUser.actor())) {
      Pages.forbidden(Pages.text("materials.notAWriter"));
    }
  }

  /** Whether this request posts the given form (else its fields show what is stored). */
  private static boolean posted(String form) {
    return MaterialForms.param(form) != null;
  }

  /** The material; on a postback its id comes from the form's hidden input. */
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
      } catch (NotFound | InvalidInput e) {
        Pages.notFound();
      } catch (Forbidden e) {
        Pages.forbidden(e.getMessage());
      }
    }
    return details;
  }

  /** The lock the user read: the posted one on a postback, so that a stale edit is refused. */
  public long getLock() {
    String posted = MaterialForms.param("lock");
    if (posted != null) {
      try {
        return Long.parseLong(posted);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return getDetails() == null ? 0 : details.lock();
  }

  /** Whether saving the text makes a new version (the newest is no longer a draft). */
  public boolean isNewVersionOnSave() {
    return getDetails() != null && details.current().state() != VersionState.DRAFT;
  }

  public boolean isStale() {
    return stale;
  }

  public List<String> getLanguages() {
    return MaterialForms.LANGUAGES;
  }

  public List<MaterialForms.MeetingChoice> getMeetingChoices() {
    if (meetingChoices == null && getDetails() != null) {
      List<Campaign> campaign = List.of(new Campaign(details.summary().campaignId(), "", ""));
      meetingChoices = MaterialForms.meetingChoices(meetings, campaign, chosenMeetings(), currentUser.actor());
    }
    return meetingChoices == null ? List.of() : meetingChoices;
  }

  public boolean meetingChosen(String meetingId) {
    return chosenMeetings().contains(meetingId);
  }

  private List<String> chosenMeetings() {
    if (meetingIds == null) {
      meetingIds = new ArrayList<>(posted("describe") ? MaterialForms.postedMeetingIds()
          : getDetails() == null ? List.of() : details.meetingIds());
    }
    return meetingIds;
  }

  public void describe() {
    if (getDetails() == null) {
      return;
    }
    MaterialInput input = new MaterialInput(details.summary().campaignId(), MaterialForms.blankToNull(kindCode), title,
        MaterialForms.blankToNull(language), chosenMeetings());
    InvalidInput.Collector errors = new InvalidInput.Collector();
    MaterialForms.checkMeetings(input, meetings, errors);
    try {
      errors.throwIfAny();
      materials.describe(details.id(), input, getLock(), currentUser.actor());
      Pages.info("materials.described");
      Pages.redirect("/materials/edit.xhtml?id=" + details.id());
    } catch (InvalidInput e) {
      MaterialForms.fieldErrors(e, DESCRIBE_IDS);
    } catch (Conflict e) {
      stale = true;
      Pages.error(e.getMessage());
    } catch (Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  public void saveText() {
    if (getDetails() == null) {
      return;
    }
    try {
      MaterialDetails saved = materials.edit(details.id(), text == null ? "" : text, getLock(), currentUser.actor());
      Pages.info("materials.textSaved", saved.current().number());
      Pages.redirect("/materials/edit.xhtml?id=" + details.id());
    } catch (InvalidInput e) {
      MaterialForms.fieldErrors(e, TEXT_IDS);
    } catch (Conflict e) {
      stale = true;
      Pages.error(e.getMessage());
    } catch (Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  public void addFile() {
    if (getDetails() == null) {
      return;
    }
    if (upload == null || upload.getSize() == 0) {
      MaterialForms.fieldError("upload:file", "materials.chooseFile");
      return;
    }
    try (InputStream in = upload.getInputStream()) {
      VersionFile stored = materials.addFile(details.id(), in, upload.getSize(), upload.getSubmittedFileName(), currentUser.actor());
      Pages.info("materials.fileAdded", stored.fileName());
      Pages.redirect("/materials/edit.xhtml?id=" + details.id());
    } catch (FileTooLarge e) {
      MaterialForms.fieldErrors(new InvalidInput("file", Pages.text("files.tooLarge", FileTooLarge.describe(e.limit()))), UPLOAD_IDS);
    } catch (InvalidInput e) {
      MaterialForms.fieldErrors(e, UPLOAD_IDS);
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        upload.delete();
      } catch (IOException ignored) {
        // the container removes its temporary file at the end of the request anyway
      }
    }
  }

  public void removeFile() {
    String fileId = MaterialForms.param("fileId");
    if (getDetails() == null || fileId == null) {
      return;
    }
    try {
      materials.removeFile(details.id(), fileId, currentUser.actor());
      Pages.info("materials.fileRemoved");
      Pages.redirect("/materials/edit.xhtml?id=" + details.id());
    } catch (InvalidInput | NotFound e) {
      fileErrors.put(fileId, e.getMessage());
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  /** Records a photo's attestation (also offered on the review page). */
  public void attest() {
    String fileId = MaterialForms.param("fileId");
    if (getDetails() == null || fileId == null) {
      return;
    }
    String error = MaterialAttestations.attest(materials, details.id(), fileId, currentUser.actor());
    if (error != null) {
      fileErrors.put(fileId, error);
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    Pages.info("materials.attested");
    Pages.redirect("/materials/edit.xhtml?id=" + details.id());
  }

  /** The error of a file's remove or attestation, next to the file. */
  public String fileError(String fileId) {
    return fileErrors.get(fileId);
  }

  /** What the user typed for a file's attestation (after an error), else what is recorded. */
  public String postedAttestation(VersionFile f) {
    String fileId = MaterialForms.param("fileId");
    if (f.fileId().equals(fileId) && MaterialForms.param("attestation") != null) {
      return MaterialForms.param("attestation");
    }
    return f.attestation() == null ? "" : f.attestation().name();
  }

  public String postedReference(VersionFile f) {
    String fileId = MaterialForms.param("fileId");
    if (f.fileId().equals(fileId) && MaterialForms.param("consentReference") != null) {
      return MaterialForms.param("consentReference");
    }
    return f.consentReference() == null ? "" : f.consentReference();
  }

  public Attestation[] getAttestations() {
    return Attestation.values();
  }

  public String getLimit() {
    return Pages.text("files.limit", FileTooLarge.describe(files.maxBytes()));
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getKindCode() {
    return posted("describe") || getDetails() == null ? kindCode : details.summary().kindCode();
  }
  public void setKindCode(String kindCode) { this.kindCode = kindCode; }
  public String getTitle() {
    return posted("describe") || getDetails() == null ? title : details.summary().title();
  }
  public void setTitle(String title) { this.title = title; }
  public String getLanguage() {
    return posted("describe") || getDetails() == null ? language : details.language();
  }
  public void setLanguage(String language) { this.language = language; }
  public String getText() {
    return posted("content") || getDetails() == null ? text : details.current().text();
  }
  public void setText(String text) { this.text = text; }
  public Part getUpload() { return upload; }
  public void setUpload(Part upload) { this.upload = upload; }
}
