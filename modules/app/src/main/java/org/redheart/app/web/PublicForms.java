package org.redheart.app.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Helpers of the public pages' backing beans: request parameters and field messages, no session. */
final class PublicForms {
  /** Link and form tokens are short; anything longer is not one of ours. */
  private static final int MAX_TOKEN = 512;

  private PublicForms() {}

  /** A token-like request parameter (query or form field), or null when absent or too long. */
  static String tokenParam(String name) {
    String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    return value == null || value.isEmpty() || value.length() > MAX_TOKEN ? null : value;
  }

  static void fieldError(String clientId, String labelKey, String messageKey) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = Pages.text(labelKey) + ": " + Pages.text(messageKey);
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
  }
}
