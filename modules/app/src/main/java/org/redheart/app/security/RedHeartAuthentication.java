package org.redheart.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.redheart.platform.api.ApiTokens;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.UserSummary;
import org.redheart.platform.api.Users;
import org.redheart.platform.api.Tokens;

/**
 * One mechanism for the pages and the API. A personal API token ({@code Authorization: Bearer}) is
 * checked on every request and makes no session. Form login goes through {@code
 * SecurityContext.authenticate} from the login page; it renews the session id and keeps only the
 * user's id in the session. Roles are read from the database on every request, so a change of
 * roles or a deactivation takes effect at once. Unauthenticated calls to protected resources get
 * 401 under {@code /api} and a redirect to the login page elsewhere.
 */
@ApplicationScoped
public class RedHeartAuthentication implements HttpAuthenticationMechanism {

  @Inject Users users;
  @Inject ApiTokens tokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<UserSummary> user = tokens.authenticate(authorization.substring(7).strip());
      if (user.isEmpty()) {
        return unauthorized(response, context, "the API token is not valid or has been revoked");
      }
      request.setAttribute(Sessions.AUTH_KIND, "token");
      return login(context, user.get());
    }

    Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential c) {
      Optional<UserSummary> user = users.verify(c.getCaller(), c.getPasswordAsString());
      if (user.isEmpty()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      HttpSession old = request.getSession(false);
      if (old != null) {
        request.changeSessionId(); // no session fixation: a new id at login
      }
      HttpSession session = request.getSession(true);
      session.setAttribute(Sessions.USER_ID, user.get().id());
      session.setAttribute(Sessions.CSRF_TOKEN, Tokens.random("", 24));
      request.setAttribute(Sessions.AUTH_KIND, "session");
      return login(context, user.get());
    }

    HttpSession session = request.getSession(false);
    Object userId = session == null ? null : session.getAttribute(Sessions.USER_ID);
    if (userId != null) {
      Optional<UserSummary> user = activeUser(userId.toString());
      if (user.isPresent()) {
        request.setAttribute(Sessions.AUTH_KIND, "session");
        return login(context, user.get());
      }
      session.invalidate();
    }

    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return unauthorized(response, context, "sign in, or send a personal API token as 'Authorization: Bearer <token>'");
    }
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    String next = "GET".equals(request.getMethod()) ? "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8) : "";
    return context.redirect(request.getContextPath() + "/login.xhtml" + next);
  }

  @Override
  public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  private Optional<UserSummary> activeUser(String id) {
    try {
      UserSummary user = users.get(id);
      return user.active() ? Optional.of(user) : Optional.empty();
    } catch (NotFound e) {
      return Optional.empty();
    }
  }

  private static AuthenticationStatus login(HttpMessageContext context, UserSummary user) {
    Set<String> groups = user.roles().stream().map(Enum::name).collect(Collectors.toSet());
    return context.notifyContainerAboutLogin(user.id(), groups);
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }

  private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context, String detail) {
    try {
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"redheart\"");
      response.setContentType("application/problem+json;charset=UTF-8");
      response.getWriter().write(Problems.json(401, "Unauthorized", detail));
    } catch (IOException e) {
      // the client went away; nothing else to do
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
