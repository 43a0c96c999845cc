package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.redheart.network.api.MemberState;
import org.redheart.network.api.Network;
import org.redheart.platform.api.FormTokens;

/**
 * The page a leave link opens (public, no session). GET shows what leaving means and a "Leave the
 * network" button (it changes nothing); posting the form with its one-time token ends the
 * membership, idempotently. A forged link gets the plain "no longer valid" answer.
 */
@Named
@RequestScoped
public class LeaveView {
  @Inject Network network;
  @Inject FormTokens formTokens;

  private String state;
  private String formToken;

  public String getLink() {
    return PublicForms.tokenParam("t");
  }

  /** "form", "already" (left before), "left" or "invalid". */
  public String getState() {
    if (state == null) {
      state = getLink() == null ? "invalid" : network.leaveLinkMember(getLink())
          .map(m -> m.state() == MemberState.LEFT ? "already" : "form")
          .orElse("invalid");
    }
    return state;
  }

  public String getFormToken() {
    if (formToken == null) {
      formToken = formTokens.issue(Network.LEAVE_FORM, getLink());
    }
    return formToken;
  }

  public String getSelfPath() {
    String link = getLink();
    return Network.LEAVE_PAGE + (link == null ? "" : "?t=" + URLEncoder.encode(link, StandardCharsets.UTF_8));
  }

  public void leave() {
    Network.LeaveOutcome outcome = network.leaveByLink(getLink(), PublicForms.tokenParam("ft"));
    state = outcome == Network.LeaveOutcome.LEFT ? "left" : "invalid";
  }
}
