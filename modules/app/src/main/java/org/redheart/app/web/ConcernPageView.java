package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.ConcernState;
import org.redheart.materials.api.ConcernSubject;
import org.redheart.materials.api.ConcernView;
import org.redheart.materials.api.Concerns;
import org.redheart.materials.api.ReferralInput;
import org.redheart.materials.api.ReferralTarget;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.Users;

/**
 * One concern ({@code /concerns/view.xhtml?id=}): its details and history; for the safeguarding lead
 * the referral form while it is raised, then the closing form. Errors show next to their field.
 */
@Named
@RequestScoped
public class ConcernPageView {

  @Inject Concerns concerns;
  @Inject CurrentUser currentUser;
  @Inject Users users;

  private String id;
  private ConcernView concern;
  private Map<String, String> names;
  private final Map<String, String> errors = new HashMap<>();

  private String target;
  private String organisation;
  private String reference;
  private String referredOn = LocalDate.now(ZoneId.of("Asia/Dhaka")).toString();
  private String note;
  private String outcome;

  /** One step of the concern's history: what, who, when (already formatted). */
  public record HistoryStep(String labelKey, String by, String when) {}

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    read();
  }

  private boolean read() {
    try {
      concern = concerns.get(id, currentUser.actor());
      return true;
    } catch (NotFound e) {
      Pages.notFound();
      return false;
    }
  }

  public ConcernView getConcern() {
    if (id == null) {
      // on a postback the forms are decoded before the view parameter is set: the forms carry the id
      id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    }
    if (concern == null && id != null && !FacesContext.getCurrentInstance().getResponseComplete()) {
      read();
    }
    return concern;
  }

  public boolean isLead() {
    return currentUser.getUser().has(Role.SAFEGUARDING_LEAD);
  }

  public boolean isReferable() {
    return isLead() && getConcern() != null && concern.state() == ConcernState.RAISED;
  }

  public boolean isClosable() {
    return isLead() && getConcern() != null && concern.state() == ConcernState.REFERRED;
  }

  public String getSubjectLink() {
    ConcernView c = getConcern();
    if (c == null) {
      return "";
    }
    return c.subject() == ConcernSubject.MEETING ? "/meetings/view.xhtml?id=" + c.subjectId()
        : "/materials/view.xhtml?id=" + c.subjectId();
  }

  public List<ReferralTarget> getTargets() {
    return List.of(ReferralTarget.values());
  }

  public List<HistoryStep> getHistory(Formats formats) {
    ConcernView c = getConcern();
    List<HistoryStep> steps = new java.util.ArrayList<>();
    if (c == null) {
      return steps;
    }
    steps.add(new HistoryStep("concern.history.raised", name(c.raisedBy()), formats.instant(c.raisedAt())));
    if (c.itemWithdrawn()) {
      steps.add(new HistoryStep("concern.history.withdrawn", "", formats.instant(c.raisedAt())));
    }
    if (c.referredBy() != null) {
      steps.add(new HistoryStep("concern.history.referred", name(c.referredBy()), formats.date(c.referredOn())));
    }
    if (c.closedBy() != null) {
      steps.add(new HistoryStep("concern.history.closed", name(c.closedBy()), formats.instant(c.closedAt())));
    }
    return steps;
  }

  public String name(String userId) {
    if (userId == null) {
      return "";
    }
    if (names == null) {
      ConcernView c = getConcern();
      Set<String> ids = new java.util.HashSet<>();
      if (c != null) {
        for (String u : new String[] {c.raisedBy(), c.referredBy(), c.closedBy()}) {
          if (u != null) {
            ids.add(u);
          }
        }
      }
      names = ids.isEmpty() ? Map.of() : users.displayNames(ids);
    }
    return names.getOrDefault(userId, userId);
  }

  public void refer() {
    InvalidInput.Collector parse = new InvalidInput.Collector();
    ReferralTarget t = null;
    if (target != null && !target.isBlank()) {
      try {
        t = ReferralTarget.valueOf(target);
      } catch (IllegalArgumentException e) {
        parse.add("target", "unknown");
      }
    }
    LocalDate on = Formats.parseDate(referredOn, "referredOn", parse);
    try {
      parse.throwIfAny();
      concerns.refer(id, new ReferralInput(t, organisation, reference, on, note), currentUser.actor());
      Pages.info("concern.referredInfo");
      Pages.redirect("/concerns/view.xhtml?id=" + id);
    } catch (InvalidInput e) {
      fieldErrors(e);
    } catch (Conflict e) {
      Pages.error(Pages.text("concern.alreadyDone"));
    } catch (Forbidden e) {
      Pages.error(e.getMessage());
    } catch (NotFound e) {
      Pages.notFound();
    }
  }

  public void close() {
    try {
      concerns.close(id, outcome, currentUser.actor());
      Pages.info("concern.closedInfo");
      Pages.redirect("/concerns/view.xhtml?id=" + id);
    } catch (InvalidInput e) {
      fieldErrors(e);
    } catch (Conflict e) {
      Pages.error(Pages.text("concern.alreadyDone"));
    } catch (Forbidden e) {
      Pages.error(e.getMessage());
    } catch (NotFound e) {
      Pages.notFound();
    }
  }

  private void fieldErrors(InvalidInput e) {
    e.fieldErrors().forEach((field, message) -> errors.put(field, ConcernRaiseView.localized(message)));
    FacesContext.getCurrentInstance().validationFailed();
  }

  public String error(String field) {
    return errors.get(field);
  }

  public Map<String, String> getErrors() {
    return new LinkedHashMap<>(errors);
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getTarget() { return target; }
  public void setTarget(String target) { this.target = target; }
  public String getOrganisation() { return organisation; }
  public void setOrganisation(String organisation) { this.organisation = organisation; }
  public String getReference() { return reference; }
  public void setReference(String reference) { this.reference = reference; }
  public String getReferredOn() { return referredOn; }
  public void setReferredOn(String referredOn) { this.referredOn = referredOn; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
  public String getOutcome() { return outcome; }
  public void setOutcome(String outcome) { this.outcome = outcome; }
}
