package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Labels of the invitations' values (status, mode, why not sent, kind and status of the last mail). */
@Named("invLabels")
@RequestScoped
public class InvitationLabels {

  /**
   * The translated label of a value ({@code inv.<group>.<value>}), or the value itself when there is
   * no label for it (a kind of mail added later still shows).
   */
  public String label(String group, String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    String key = "inv." + group + "." + value;
    String text = Pages.text(key);
    return key.equals(text) ? value : text;
  }
}
