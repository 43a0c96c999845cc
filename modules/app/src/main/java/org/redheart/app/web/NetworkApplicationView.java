package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.network.api.ApplicationDetails;
import org.redheart.network.api.ApplicationState;
import org.redheart.network.api.MemberSummary;
import org.redheart.network.api.MembershipApplications;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Users;

/**
 * The review of a membership application (the work list's task for supervisors and admins):
 * the application, Approve, or Decline with a reason the applicant will read.
 */
@Named
@RequestScoped
public class NetworkApplicationView {
  @Inject MembershipApplications applications;
  @Inject CurrentUser currentUser;
  @Inject StakeholderCategories categories;
  @Inject Language language;
  @Inject Users users;

  private String id;
  private String reason;
  private ApplicationDetails application;

  private boolean loaded;

  /** Loads the application (the view action on GET; lazily on a postback, whose forms need it to decode). */
  public void load() {
    loaded = true;
    try {
      application = applications.get(id, currentUser.actor());
    } catch (NotFound e) {
      Pages.notFound();
    } catch (Forbidden e) {
      Pages.forbidden(e.getMessage());
    }
  }

  public ApplicationDetails getApplication() {
    if (!loaded) {
      if (id == null) {
        // on a postback the view parameter is set only after the forms decode: read the hidden field
        String param = PublicForms.tokenParam("id");
        id = param == null || param.length() > 64 ? null : param;
      }
      if (id != null) {
        load();
      }
    }
    return application;
  }

  public boolean isPending() {
    return getApplication() != null && application.state() == ApplicationState.PENDING;
  }

  public boolean isReviewer() {
    return currentUser.isSupervisor() || currentUser.isAdmin();
  }

  public String getCategoryName() {
    return application == null || application.categoryId() == null ? ""
        : categories.find(application.categoryId()).map(c -> c.name(language.getCode())).orElse("");
  }

  public String getDecidedByName() {
    if (application == null || application.decidedBy() == null) {
      return "";
    }
    return users.displayNames(java.util.Set.of(application.decidedBy())).getOrDefault(application.decidedBy(), "");
  }

  public String approve() {
    try {
      MemberSummary member = applications.approve(id, currentUser.actor());
      Pages.info("network.review.approved");
      return "/network-member.xhtml?faces-redirect=true&id=" + member.id();
    } catch (InvalidInput e) {
      // the contacts module refused what the applicant entered (an unknown country, say): name the field
      e.fieldErrors().forEach((field, message) -> Pages.error(Pages.text("network.review.cannotApprove", field, message)));
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
    }
    load();
    return null;
  }

  public String decline() {
    try {
      applications.decline(id, reason, currentUser.actor());
      Pages.info("network.review.declined");
      return "/network-application.xhtml?faces-redirect=true&id=" + id;
    } catch (InvalidInput e) {
      jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
      faces.addMessage("review:reason", new jakarta.faces.application.FacesMessage(
          jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
          Pages.text("network.review.reason") + ": " + Pages.text("network.review.reasonRequired"), null));
      faces.validationFailed();
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
    }
    load();
    return null;
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
}
