package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.MaterialDetails;
import org.redheart.materials.api.MaterialKind;
import org.redheart.materials.api.MaterialSummary;
import org.redheart.materials.api.Materials;
import org.redheart.materials.api.MeetingPhoto;
import org.redheart.materials.api.PostDraft;
import org.redheart.materials.api.SocialPosts;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/**
 * "Post from meeting": the text drawn from the meeting's approved report with the campaign's hashtag,
 * a character count (counted again by {@code char-count.js} while typing, no inline script), a
 * preview shaped like a post, the meeting's photos to choose (thumbnails, each with its
 * attestation), and "Save draft" or "Submit for approval" (the post becomes a social-post material
 * linked to the meeting). Posts already made from the meeting are listed.
 */
@Named
@RequestScoped
public class PostFromMeetingView {
  @Inject SocialPosts posts;
  @Inject Materials materials;
  @Inject CurrentUser currentUser;

  private String meeting;
  private PostDraft draft;
  private String text;
  private Set<String> chosen;
  private List<MaterialSummary> existing;

  /** The view action of a GET: 404 or 403 when the meeting may not be read or posted about. */
  public void init() {
    if (load() == null) {
      return;
    }
    if (text == null) {
      text = draft.text();
    }
  }

  private PostDraft load() {
    if (draft == null) {
      String id = meeting != null ? meeting : MaterialForms.param("meeting");
      if (id == null || id.isBlank()) {
        Pages.notFound();
        return null;
      }
      try {
        meeting = id;
        draft = posts.draftFromMeeting(id, currentUser.actor());
      } catch (NotFound | InvalidInput e) {
        Pages.notFound();
      } catch (Forbidden e) {
        Pages.forbidden(e.getMessage());
      }
    }
    return draft;
  }

  public void save() {
    create(false);
  }

  public void submit() {
    create(true);
  }

  private void create(boolean submit) {
    if (load() == null) {
      return;
    }
    try {
      MaterialDetails post = posts.createFromMeeting(meeting, text, new ArrayList<>(getChosen()), submit,
          currentUser.actor());
      Pages.info(submit ? "post.submitted" : "post.saved");
      Pages.redirect("/materials/view.xhtml?id=" + post.id());
    } catch (InvalidInput e) {
      MaterialForms.fieldErrors(e, Map.of("text", "post:text", "photoFileIds", "post:photos"));
    } catch (Conflict | Forbidden | NotFound e) {
      Pages.error(e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** The photos ticked (after a post back), else none. */
  public Set<String> getChosen() {
    if (chosen == null) {
      String[] values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("photo");
      chosen = values == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(values));
    }
    return chosen;
  }

  public boolean isChosen(MeetingPhoto p) {
    return getChosen().contains(p.fileId());
  }

  /** The text's length as the editor counts it (characters, not bytes). */
  public int getLength() {
    return text == null ? 0 : text.codePointCount(0, text.length());
  }

  public boolean isTooLong() {
    return draft != null && getLength() > draft.maxChars();
  }

  /** The preview's paragraphs (blank lines separate them). */
  public List<String> getPreviewParagraphs() {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  /** Posts made from this meeting before (social-post materials linked to it). */
  public List<MaterialSummary> getExisting() {
    if (existing == null) {
      existing = load() == null ? List.of() : materials.ofMeeting(meeting, currentUser.actor()).stream()
          .filter(m -> MaterialKind.SOCIAL_POST.equals(m.kindCode())).toList();
    }
    return existing;
  }

  public String getMeeting() {
    return meeting;
  }

  public void setMeeting(String meeting) {
    this.meeting = meeting;
  }

  public PostDraft getDraft() {
    return load();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
