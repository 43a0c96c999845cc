package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.redheart.platform.api.FirstAdmin;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NewUser;

/** First start: creates the first admin with the one-time token printed to the log. */
@Named
@RequestScoped
public class SetupView {
  @Inject FirstAdmin firstAdmin;

  private String token;
  private String username;
  private String displayName;
  private String email;
  private String password;

  public boolean isOpen() {
    return firstAdmin.setupOpen();
  }

  public void create() {
    try {
      firstAdmin.completeSetup(token, new NewUser(username, displayName, email, password, java.util.Set.of()));
      Pages.info("setup.done");
      Pages.redirect("/login.xhtml");
    } catch (Forbidden e) {
      Pages.error(Pages.text("setup.badToken"));
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, Map.of("username", "setup:username", "displayName", "setup:displayName",
          "email", "setup:email", "password", "setup:password"));
    }
  }

  public String getToken() { return token; }
  public void setToken(String token) { this.token = token; }
  public String getUsername() { return username; }
  public void setUsername(String username) { this.username = username; }
  public String getDisplayName() { return displayName; }
  public void setDisplayName(String displayName) { this.displayName = displayName; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getPassword() { return password; }
  public void setPassword(String password) { this.password = password; }
}
