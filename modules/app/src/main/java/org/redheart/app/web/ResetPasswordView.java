package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.redheart.platform.api.FormTokens;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.PasswordResets;

/**
 * The page a reset link opens (public, no session). GET only shows the new-password form, or the
 * plain "no longer valid" answer for an expired, forged or used link; posting the form with its
 * one-time token sets the password, once. The link travels in the hidden field {@code t}.
 */
@Named
@RequestScoped
public class ResetPasswordView {
  @Inject PasswordResets resets;
  @Inject FormTokens formTokens;

  private String newPassword;
  private String confirmPassword;
  private String state;
  private String formToken;

  /** The link token of this request (query on GET, hidden field on POST). */
  public String getLink() {
    return PublicForms.tokenParam("t");
  }

  /** "form", "done" or "invalid". */
  public String getState() {
    if (state == null) {
      state = getLink() != null && resets.isUsable(getLink()) ? "form" : "invalid";
    }
    return state;
  }

  public String getFormToken() {
    if (formToken == null) {
      formToken = formTokens.issue(PasswordResets.RESET_FORM, getLink());
    }
    return formToken;
  }

  /** Where the language switch returns to: this page with its link. */
  public String getSelfPath() {
    String link = getLink();
    return PasswordResets.PAGE + (link == null ? "" : "?t=" + URLEncoder.encode(link, StandardCharsets.UTF_8));
  }

  public void submit() {
    if (newPassword == null || !newPassword.equals(confirmPassword)) {
      PublicForms.fieldError("reset:confirmPassword", "pub.reset.confirmPassword", "pub.reset.differ");
      return;
    }
    try {
      PasswordResets.Outcome outcome = resets.reset(getLink(), PublicForms.tokenParam("ft"), newPassword);
      state = outcome == PasswordResets.Outcome.DONE ? "done" : "invalid";
    } catch (InvalidInput e) {
      PublicForms.fieldError("reset:newPassword", "pub.reset.newPassword", "pub.reset.weak");
    } finally {
      newPassword = null;
      confirmPassword = null;
    }
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmPassword() {
    return confirmPassword;
  }

  public void setConfirmPassword(String confirmPassword) {
    this.confirmPassword = confirmPassword;
  }
}
