package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.AuditedAccounts;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.ApiTokens;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Users;

/** My account: change my password; create and revoke my personal API tokens. */
@Named
@RequestScoped
public class AccountView {
  @Inject Users users;
  @Inject ApiTokens tokens;
  @Inject CurrentUser currentUser;
  @Inject AuditedAccounts userAudit;

  private String currentPassword;
  private String newPassword;
  private String confirmPassword;
  private String tokenName;
  private String tokenId;
  private String createdToken;

  public List<ApiTokens.TokenInfo> getTokens() {
    return tokens.listOwn(currentUser.getUser().id());
  }

  public void changePassword() {
    if (newPassword == null || !newPassword.equals(confirmPassword)) {
      Pages.fieldErrors(new InvalidInput("confirmPassword", Pages.text("account.passwordsDiffer")),
          Map.of("confirmPassword", "password:confirmPassword"));
      return;
    }
    try {
      users.changePassword(currentUser.getUser().id(), currentPassword, newPassword);
      Pages.info("account.passwordChanged");
      Pages.redirect("/account.xhtml");
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, Map.of("currentPassword", "password:currentPassword", "newPassword", "password:newPassword"));
    }
  }

  public void createToken() {
    try {
      createdToken = userAudit.tokenCreated(currentUser.getUser().id(), tokenName).token();
      tokenName = null;
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, Map.of("name", "token:tokenName"));
    }
  }

  public void revokeToken() {
    try {
      tokenId = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
          .getRequestParameterMap().get("tokenId");
      userAudit.tokenRevoked(currentUser.getUser().id(), tokenId);
      Pages.info("account.tokenRevoked");
      Pages.redirect("/account.xhtml");
    } catch (NotFound e) {
      Pages.error(e.getMessage());
    }
  }

  public String getCurrentPassword() { return currentPassword; }
  public void setCurrentPassword(String v) { this.currentPassword = v; }
  public String getNewPassword() { return newPassword; }
  public void setNewPassword(String v) { this.newPassword = v; }
  public String getConfirmPassword() { return confirmPassword; }
  public void setConfirmPassword(String v) { this.confirmPassword = v; }
  public String getTokenName() { return tokenName; }
  public void setTokenName(String v) { this.tokenName = v; }
  public String getTokenId() { return tokenId; }
  public void setTokenId(String v) { this.tokenId = v; }
  public String getCreatedToken() { return createdToken; }
}
