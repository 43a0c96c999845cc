package org.redheart.app.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.Tokens;

/**
 * Runs after authentication. Admin pages need the ADMIN role. A REST call that changes state and
 * was authenticated by the session cookie must carry the session's CSRF token in {@code
 * X-CSRF-Token} (token-authenticated calls carry no cookie and need none).
 */
@WebFilter(filterName = "access", urlPatterns = {"/admin/*", "/api/*"})
public class AccessFilter extends HttpFilter {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Inject CurrentUser currentUser;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (path.startsWith("/admin/") && !(currentUser.isSignedIn() && currentUser.getUser().has(Role.ADMIN))) {
      res.sendError(403, "Admins only");
      return;
    }
    if (path.startsWith("/api/") && !SAFE.contains(req.getMethod()) && "session".equals(req.getAttribute(Sessions.AUTH_KIND))) {
      HttpSession session = req.getSession(false);
      Object expected = session == null ? null : session.getAttribute(Sessions.CSRF_TOKEN);
      String sent = req.getHeader(Sessions.CSRF_HEADER);
      if (expected == null || sent == null || !Tokens.constantTimeEquals(expected.toString(), sent)) {
        res.setStatus(403);
        res.setContentType("application/problem+json;charset=UTF-8");
        res.getWriter().write(Problems.json(403, "Forbidden",
            "a state-changing call made with the session cookie must send the header " + Sessions.CSRF_HEADER));
        return;
      }
    }
    chain.doFilter(req, res);
  }
}
