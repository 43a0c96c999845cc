package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.ServletException;
import org.redheart.platform.api.FirstAdmin;

/** The login form, and logging out (a POST from the header). */
@Named
@RequestScoped
public class LoginView {
  @Inject SecurityContext securityContext;
  @Inject FirstAdmin firstAdmin;

  private String username;
  private String password;
  private String next;

  public boolean isSetupOpen() {
    return firstAdmin.setupOpen();
  }

  public void login() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) ext.getRequest(),
            (HttpServletResponse) ext.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password)));
    password = null;
    switch (status) {
      case SUCCESS -> Pages.redirect(Pages.safeNext(next));
      case SEND_CONTINUE -> faces.responseComplete();
      default -> Pages.error(Pages.text("login.failed"));
    }
  }

  public void logout() throws ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    request.logout();
    faces.getExternalContext().invalidateSession();
    Pages.redirect("/login.xhtml");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
