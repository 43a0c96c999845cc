package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.Attestation;
import org.redheart.materials.api.MeetingPhoto;
import org.redheart.materials.api.SocialPosts;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.FileTooLarge;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/**
 * The meeting's photos (meeting page and the post-from-meeting page): thumbnails, each photo's
 * attestation, upload (images only, checked by content, metadata stripped) and attesting. The
 * meeting comes from the request parameter {@code id} (meeting page) or {@code meeting} (post page);
 * an action returns to the page it was posted from ({@code back}: "post" or the meeting page).
 */
@Named
@RequestScoped
public class MeetingPhotosSection {
  @Inject SocialPosts posts;
  @Inject CurrentUser currentUser;

  private List<MeetingPhoto> photos;
  private String meetingId;
  private Part upload;
  private final Map<String, String> photoErrors = new HashMap<>();

  public List<MeetingPhoto> getPhotos() {
    if (photos == null) {
      meetingId = meetingId();
      try {
        photos = meetingId == null ? List.of() : posts.meetingPhotos(meetingId, currentUser.actor());
      } catch (NotFound | Forbidden | InvalidInput e) {
        photos = List.of();
      }
    }
    return photos;
  }

  public String getMeetingId() {
    getPhotos();
    return meetingId;
  }

  /** Organisers and supervisors add and attest photos (the service checks the campaign). */
  public boolean isWriter() {
    return currentUser.isOrganiser() || currentUser.isSupervisor();
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public Attestation[] getAttestations() {
    return Attestation.values();
  }

  public void add() {
    String meeting = meetingId();
    if (meeting == null) {
      return;
    }
    if (upload == null || upload.getSize() == 0) {
      MaterialForms.fieldError("photo-upload:file", "post.choosePhoto");
      return;
    }
    try (InputStream in = upload.getInputStream()) {
      MeetingPhoto added = posts.addMeetingPhoto(meeting, in, upload.getSize(), upload.getSubmittedFileName(),
          currentUser.actor());
      Pages.info("post.photoAdded", added.fileName());
      back(meeting);
    } catch (FileTooLarge e) {
      MaterialForms.fieldError("photo-upload:file", "post.photoTooLarge");
    } catch (InvalidInput e) {
      MaterialForms.fieldErrors(e, Map.of("file", "photo-upload:file"));
    } catch (NotFound | Forbidden | Conflict e) {
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

  public void attest() {
    String meeting = meetingId();
    String fileId = MaterialForms.param("fileId");
    if (meeting == null || fileId == null) {
      return;
    }
    Attestation attestation = MaterialAttestations.parse(MaterialForms.blankToNull(MaterialForms.param("attestation")));
    String reference = MaterialForms.blankToNull(MaterialForms.param("consentReference"));
    if (attestation == null) {
      fail(fileId, Pages.text("materials.error.chooseAttestation"));
      return;
    }
    if (attestation == Attestation.GUARDIAN_CONSENT_ON_FILE && reference == null) {
      fail(fileId, Pages.text("materials.error.consentReference"));
      return;
    }
    try {
      posts.attestMeetingPhoto(meeting, fileId, attestation, reference, currentUser.actor());
      Pages.info("materials.attested");
      back(meeting);
    } catch (InvalidInput e) {
      fail(fileId, String.join(" ", e.fieldErrors().values()));
    } catch (NotFound | Forbidden | Conflict e) {
      fail(fileId, e.getMessage());
    }
  }

  public String photoError(String fileId) {
    return photoErrors.get(fileId);
  }

  /** What the user chose for a photo's attestation (after an error), else what is recorded. */
  public String postedAttestation(MeetingPhoto p) {
    if (p.fileId().equals(MaterialForms.param("fileId")) && MaterialForms.param("attestation") != null) {
      return MaterialForms.param("attestation");
    }
    return p.attestation() == null ? "" : p.attestation().name();
  }

  public String postedReference(MeetingPhoto p) {
    if (p.fileId().equals(MaterialForms.param("fileId")) && MaterialForms.param("consentReference") != null) {
      return MaterialForms.param("consentReference");
    }
    return p.consentReference() == null ? "" : p.consentReference();
  }

  private void fail(String fileId, String message) {
    photoErrors.put(fileId, message);
    jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
  }

  private static void back(String meeting) {
    if ("post".equals(MaterialForms.param("back"))) {
      Pages.redirect("/materials/post-from-meeting.xhtml?meeting=" + meeting);
    } else {
      Pages.redirect("/meetings/view.xhtml?id=" + meeting);
    }
  }

  private static String meetingId() {
    String id = MaterialForms.blankToNull(MaterialForms.param("meeting"));
    if (id == null) {
      id = MaterialForms.blankToNull(MaterialForms.param("id"));
    }
    return id == null || id.length() > 36 ? null : id;
  }
}
