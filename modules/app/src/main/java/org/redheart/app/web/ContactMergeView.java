package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.ContactDetails;
import org.redheart.contacts.api.Contacts;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/**
 * The confirmation step of a merge: the two contacts side by side (GET), and the merge itself
 * (POST). {@code into} survives; {@code from} becomes a tombstone pointing at it. Admins and
 * supervisors only.
 */
@Named
@RequestScoped
public class ContactMergeView {
  @Inject Contacts contacts;
  @Inject CurrentUser currentUser;
  @Inject ContactLabels labels;

  private String into;
  private String from;
  private ContactDetails survivor;
  private ContactDetails merged;
  private boolean loaded;
  private String problem;

  public void load() {
    if (!isManager()) {
      Pages.forbidden(Pages.text("contact.managersOnly"));
      return;
    }
    read();
    if (survivor == null || merged == null) {
      Pages.notFound();
    }
  }

  private void read() {
    if (loaded) {
      return;
    }
    loaded = true;
    var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    if (into == null) {
      into = params.get("into");
    }
    if (from == null) {
      from = params.get("from");
    }
    if (into == null || from == null || into.isBlank() || from.isBlank()) {
      return;
    }
    try {
      survivor = contacts.get(into, currentUser.actor());
      merged = contacts.get(from, currentUser.actor());
      if (survivor.id().equals(merged.id())) {
        problem = Pages.text("contact.mergeSame");
      }
    } catch (NotFound | InvalidInput e) {
      survivor = null;
      merged = null;
    }
  }

  public void merge() {
    if (!isManager()) {
      Pages.forbidden(Pages.text("contact.managersOnly"));
      return;
    }
    read();
    if (survivor == null || merged == null) {
      Pages.notFound();
      return;
    }
    try {
      String mergedName = labels.displayName(merged.name(), merged.minor());
      ContactDetails result = contacts.merge(survivor.id(), merged.id(), currentUser.actor());
      Pages.info("contact.merged", mergedName);
      Pages.redirect("/contact.xhtml?id=" + result.id());
    } catch (Conflict | InvalidInput | Forbidden | NotFound e) {
      Pages.error(e.getMessage());
    }
  }

  public boolean isManager() {
    return currentUser.isAdmin() || currentUser.isSupervisor();
  }

  public ContactDetails getSurvivor() {
    read();
    return survivor;
  }

  public ContactDetails getMerged() {
    read();
    return merged;
  }

  public String getProblem() {
    read();
    return problem;
  }

  public String getInto() { return into; }
  public void setInto(String into) { this.into = into; }
  public String getFrom() { return from; }
  public void setFrom(String from) { this.from = from; }
}
