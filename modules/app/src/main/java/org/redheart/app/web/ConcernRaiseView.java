package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.ConcernInput;
import org.redheart.materials.api.ConcernKind;
import org.redheart.materials.api.ConcernSubject;
import org.redheart.materials.api.ConcernView;
import org.redheart.materials.api.Concerns;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/**
 * "Report a concern" about a material or a meeting, or "Record a disclosure" at a meeting
 * ({@code /concerns/raise.xhtml?subject=MATERIAL|MEETING&id=…&kind=…}), with the guidance: write
 * no detail of the child; a child in danger: call 999 or the child helpline 1098.
 */
@Named
@RequestScoped
public class ConcernRaiseView {
  static final String NO_DETAIL = "write no detail of the child here";

  @Inject Concerns concerns;
  @Inject CurrentUser currentUser;

  private String subject;
  private String id;
  private String kind;
  private String summary;
  private final Map<String, String> errors = new HashMap<>();

  public ConcernSubject getSubjectKind() {
    return parse(ConcernSubject.class, subject, ConcernSubject.MEETING);
  }

  public ConcernKind getConcernKind() {
    ConcernKind k = parse(ConcernKind.class, kind, ConcernKind.CONTENT_CONCERN);
    return getSubjectKind() == ConcernSubject.MATERIAL ? ConcernKind.CONTENT_CONCERN : k;
  }

  public boolean isDisclosure() {
    return getConcernKind() == ConcernKind.DISCLOSURE;
  }

  public String getBackLink() {
    if (id == null || id.isBlank()) {
      return "/concerns.xhtml";
    }
    return getSubjectKind() == ConcernSubject.MATERIAL ? "/materials/view.xhtml?id=" + id : "/meetings/view.xhtml?id=" + id;
  }

  public void raise() {
    try {
      ConcernView raised = concerns.raise(new ConcernInput(getSubjectKind(), id, getConcernKind(), summary), currentUser.actor());
      Pages.info(isDisclosure() ? "concern.disclosureRecorded" : "concern.raisedInfo");
      Pages.redirect("/concerns/view.xhtml?id=" + raised.id());
    } catch (InvalidInput e) {
      e.fieldErrors().forEach((field, message) -> errors.put(field, localized(message)));
      if (!errors.containsKey("summary") && !errors.isEmpty()) {
        errors.values().forEach(Pages::error);
      }
      FacesContext.getCurrentInstance().validationFailed();
    } catch (NotFound e) {
      Pages.error(Pages.text("concern.subjectNotFound"));
    }
  }

  public String error(String field) {
    return errors.get(field);
  }

  /** The service's message, or in Bangla the bundle's words for "write no detail of the child". */
  static String localized(String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    boolean bangla = faces != null && faces.getViewRoot() != null && "bn".equals(faces.getViewRoot().getLocale().getLanguage());
    if (message != null && message.startsWith(NO_DETAIL)) {
      return bangla ? Pages.text("concern.noChildDetails") : message;
    }
    return message;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text, E fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  public String getSubject() { return subject; }
  public void setSubject(String subject) { this.subject = subject; }
  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getKind() { return kind; }
  public void setKind(String kind) { this.kind = kind; }
  public String getSummary() { return summary; }
  public void setSummary(String summary) { this.summary = summary; }
}
