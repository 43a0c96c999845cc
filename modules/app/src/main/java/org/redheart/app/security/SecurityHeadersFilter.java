package org.redheart.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response: a CSP without inline scripts, no sniffing, no framing, no
 * referrer leaving the site; dynamic pages are not cached, static assets are (for a week).
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
          + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("Content-Security-Policy", CSP);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    String path = req.getRequestURI().substring(req.getContextPath().length());
    // public pages carry link tokens in their addresses: no referrer at all leaves them
    res.setHeader("Referrer-Policy", path.startsWith("/public/") ? "no-referrer" : "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
      res.setHeader("Cache-Control", "public, max-age=604800");
    } else {
      res.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(req, res);
  }
}
