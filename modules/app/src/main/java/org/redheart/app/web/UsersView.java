package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.app.security.AuditedAccounts;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NewUser;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.UserSummary;
import org.redheart.platform.api.Users;

/** Admin: users and their roles. Every action re-checks the ADMIN role on the server. */
@Named
@RequestScoped
public class UsersView {
  @Inject Users users;
  @Inject CurrentUser currentUser;
  @Inject AuditedAccounts userAudit;

  private int page;
  private Page<UserSummary> result;
  private String username;
  private String displayName;
  private String email;
  private String password;
  private List<String> roles = new ArrayList<>();
  private String userId;
  private List<String> editRoles = new ArrayList<>();

  public Page<UserSummary> getResult() {
    requireAdmin();
    if (result == null) {
      result = users.list(new PageRequest(page, 50));
    }
    return result;
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public void create() {
    requireAdmin();
    try {
      userAudit.create(currentUser.getUser().id(), new NewUser(username, displayName, email, password, toRoles(roles)));
      Pages.info("users.created", username);
      Pages.redirect("/admin/users.xhtml");
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, Map.of("username", "newUser:username", "displayName", "newUser:displayName",
          "email", "newUser:email", "password", "newUser:password"));
    }
  }

  public void saveRoles() {
    requireAdmin();
    readRowParameters();
    try {
      userAudit.rolesChanged(currentUser.getUser().id(), userId, toRoles(editRoles));
      Pages.info("users.rolesSaved");
      Pages.redirect("/admin/users.xhtml");
    } catch (Conflict e) {
      Pages.error(e.getMessage());
    }
  }

  public void toggleActive() {
    requireAdmin();
    readRowParameters();
    try {
      UserSummary u = users.get(userId);
      userAudit.activeSet(currentUser.getUser().id(), userId, !u.active());
      Pages.redirect("/admin/users.xhtml");
    } catch (Conflict e) {
      Pages.error(e.getMessage());
    }
  }

  @Inject org.redheart.platform.api.Erasure erasure;

  /** Erases the user's personal data everywhere; needs the confirmation box ticked. */
  public void erase() {
    requireAdmin();
    readRowParameters();
    var ext = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
    if (!"yes".equals(ext.getRequestParameterMap().get("confirmErase"))) {
      Pages.error(Pages.text("users.eraseConfirmNeeded"));
      return;
    }
    try {
      erasure.eraseUser(userId, currentUser.actor());
      Pages.info("users.erased");
      Pages.redirect("/admin/users.xhtml");
    } catch (Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  public List<String> rolesOf(UserSummary u) {
    return u.roles().stream().map(Enum::name).sorted().toList();
  }

  /** Row forms post the user's id and role checkboxes as plain parameters. */
  private void readRowParameters() {
    var ext = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
    userId = ext.getRequestParameterMap().get("userId");
    String[] checked = ext.getRequestParameterValuesMap().get("role");
    editRoles = checked == null ? List.of() : List.of(checked);
    for (String r : editRoles) {
      try {
        Role.valueOf(r);
      } catch (IllegalArgumentException e) {
        throw new org.redheart.platform.api.InvalidInput("role", "unknown role " + r);
      }
    }
  }

  private void requireAdmin() {
    if (!currentUser.isAdmin()) {
      throw new Forbidden("admins only");
    }
  }

  private static Set<Role> toRoles(List<String> names) {
    Set<Role> set = EnumSet.noneOf(Role.class);
    if (names != null) {
      for (String n : names) {
        set.add(Role.valueOf(n));
      }
    }
    return set;
  }

  public int getPage() { return page; }
  public void setPage(int page) { this.page = Math.max(0, page); }
  public String getUsername() { return username; }
  public void setUsername(String v) { this.username = v; }
  public String getDisplayName() { return displayName; }
  public void setDisplayName(String v) { this.displayName = v; }
  public String getEmail() { return email; }
  public void setEmail(String v) { this.email = v; }
  public String getPassword() { return password; }
  public void setPassword(String v) { this.password = v; }
  public List<String> getRoles() { return roles; }
  public void setRoles(List<String> v) { this.roles = v; }
  public String getUserId() { return userId; }
  public void setUserId(String v) { this.userId = v; }
  public List<String> getEditRoles() { return editRoles; }
  public void setEditRoles(List<String> v) { this.editRoles = v; }
}
