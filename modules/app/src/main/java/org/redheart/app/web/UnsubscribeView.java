package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.redheart.contacts.api.ConsentPurpose;
import org.redheart.contacts.api.Contacts;
import org.redheart.platform.api.FormTokens;

/**
 * The page an unsubscribe link opens ({@code /public/unsubscribe.xhtml?t=…}; public, no session).
 * GET shows what stops and what does not (a bulletin unsubscribe leaves meeting invitations and
 * network membership alone) with one button; only posting that button, with its one-time token,
 * withdraws the consent for the link's purpose. A second press, or a replayed POST, changes
 * nothing. Bad links get the plain "no longer valid" answer.
 */
@Named
@RequestScoped
public class UnsubscribeView {
  public static final String PAGE = "/public/unsubscribe.xhtml";

  @Inject Contacts contacts;
  @Inject FormTokens formTokens;

  private String state;
  private ConsentPurpose purpose;
  private String formToken;

  /** The link token of this request (query on GET, hidden field on POST). */
  public String getLink() {
    return PublicForms.tokenParam("t");
  }

  /** "form", "done" or "invalid". */
  public String getState() {
    if (state == null) {
      purpose = getLink() == null ? null : contacts.unsubscribeLink(getLink()).orElse(null);
      state = purpose == null ? "invalid" : "form";
    }
    return state;
  }

  /** The purpose the link stops, as the suffix of its message keys ("BULLETIN"). */
  public String getPurpose() {
    getState();
    return purpose == null ? "" : purpose.name();
  }

  public String getFormToken() {
    if (formToken == null) {
      formToken = formTokens.issue(Contacts.UNSUBSCRIBE_FORM, getLink());
    }
    return formToken;
  }

  /** Where the language switch returns to: this page with its link. */
  public String getSelfPath() {
    String link = getLink();
    return PAGE + (link == null ? "" : "?t=" + URLEncoder.encode(link, StandardCharsets.UTF_8));
  }

  public void submit() {
    getState();
    state = purpose != null && contacts.unsubscribe(getLink(), PublicForms.tokenParam("ft")) ? "done" : "invalid";
  }
}
