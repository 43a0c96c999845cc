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
 * The confirmation step of erasing a person: what will happen (GET), then the erasure (POST, with
 * the confirmation box ticked), then back to the contact list with a message. Admins only; the
 * contacts service checks again.
 */
@Named
@RequestScoped
public class ContactEraseView {
  @Inject Contacts contacts;
  @Inject CurrentUser currentUser;
  @Inject ContactLabels labels;

  private String id;
  private ContactDetails contact;
  private boolean loaded;
  private boolean confirmed;

  public void load() {
    if (!isManager()) {
      Pages.forbidden(Pages.text("contact.adminsOnly"));
      return;
    }
    if (getContact() == null) {
      Pages.notFound();
    }
  }

  public ContactDetails getContact() {
    if (!loaded) {
      loaded = true;
      if (id == null) {
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
      }
      if (id != null && !id.isBlank()) {
        try {
          contact = contacts.get(id, currentUser.actor());
        } catch (NotFound | InvalidInput e) {
          contact = null;
        }
      }
    }
    return contact;
  }

  public void erase() {
    if (!isManager()) {
      Pages.forbidden(Pages.text("contact.adminsOnly"));
      return;
    }
    if (getContact() == null) {
      Pages.notFound();
      return;
    }
    if (!confirmed) {
      FacesContext.getCurrentInstance().validationFailed();
      FacesContext.getCurrentInstance().addMessage("erase:confirmed", new jakarta.faces.application.FacesMessage(
          jakarta.faces.application.FacesMessage.SEVERITY_ERROR, Pages.text("contact.eraseConfirmNeeded"), null));
      return;
    }
    try {
      contacts.erase(contact.id(), currentUser.actor());
      Pages.info("contact.erased");
      Pages.redirect("/contacts.xhtml");
    } catch (Conflict | Forbidden | NotFound | InvalidInput e) {
      Pages.error(e.getMessage());
    }
  }

  /** Erasure is the platform's, and admins' only. */
  public boolean isManager() {
    return currentUser.isAdmin();
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public boolean isConfirmed() { return confirmed; }
  public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
}
