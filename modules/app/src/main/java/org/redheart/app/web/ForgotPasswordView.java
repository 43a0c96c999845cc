package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.redheart.platform.api.FormTokens;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.PasswordResets;

/**
 * "Forgot your password?" (public, no session): asks for a user name or e-mail address and always
 * gives the same answer, so that nobody learns which accounts exist. A replayed or expired form
 * gets the plain "no longer valid" answer and sends nothing.
 */
@Named
@RequestScoped
public class ForgotPasswordView {
  @Inject PasswordResets resets;
  @Inject FormTokens formTokens;

  private String usernameOrEmail;
  private String state = "form";
  private String formToken;

  /** "form", "sent" or "invalid". */
  public String getState() {
    return state;
  }

  /** The form's one-time token, issued when the form is rendered. */
  public String getFormToken() {
    if (formToken == null) {
      formToken = formTokens.issue(PasswordResets.REQUEST_FORM, PasswordResets.REQUEST_FORM);
    }
    return formToken;
  }

  public void submit() {
    try {
      PasswordResets.Outcome outcome = resets.request(usernameOrEmail, PublicForms.tokenParam("ft"));
      state = outcome == PasswordResets.Outcome.DONE ? "sent" : "invalid";
      usernameOrEmail = null;
    } catch (InvalidInput e) {
      PublicForms.fieldError("forgot:usernameOrEmail", "pub.forgot.usernameOrEmail", "pub.forgot.badInput");
    }
  }

  public String getUsernameOrEmail() {
    return usernameOrEmail;
  }

  public void setUsernameOrEmail(String usernameOrEmail) {
    this.usernameOrEmail = usernameOrEmail;
  }
}
