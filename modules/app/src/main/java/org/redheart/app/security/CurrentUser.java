package org.redheart.app.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.UserSummary;
import org.redheart.platform.api.Users;

/** The signed-in user of this request, with roles as stored now (not as at login). */
@Named
@RequestScoped
public class CurrentUser {
  @Inject SecurityContext securityContext;
  @Inject Users users;

  private UserSummary user;

  public boolean isSignedIn() {
    return securityContext.getCallerPrincipal() != null;
  }

  public UserSummary getUser() {
    if (user == null) {
      Principal principal = securityContext.getCallerPrincipal();
      if (principal == null) {
        throw new IllegalStateException("no signed-in user");
      }
      user = users.get(principal.getName());
    }
    return user;
  }

  public Actor actor() {
    return Actor.of(getUser());
  }

  public boolean has(String role) {
    return isSignedIn() && getUser().has(Role.valueOf(role));
  }

  public boolean isOrganiser() {
    return has("ORGANISER");
  }

  public boolean isSupervisor() {
    return has("SUPERVISOR");
  }

  public boolean isAdmin() {
    return has("ADMIN");
  }

  public boolean isMeetingReader() {
    return has("ORGANISER") || has("SUPERVISOR") || has("SAFEGUARDING_LEAD");
  }
}
