package org.redheart.app.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The language switch: a POST that sets the {@code lang} cookie and returns to the page. A page whose
 * language is not the reader's cookie (the invitation page speaks the invitee's) puts {@link #CHOSEN}
 * into its return address, which becomes the chosen code.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {
  /** In a return address: replaced by the chosen language code ("en"/"bn"). */
  public static final String CHOSEN = "{lang}";

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String lang = "bn".equals(req.getParameter("lang")) ? "bn" : "en";
    Cookie cookie = new Cookie(Language.COOKIE, lang);
    cookie.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
    cookie.setMaxAge(365 * 24 * 3600);
    cookie.setHttpOnly(true);
    cookie.setSecure(req.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    res.addCookie(cookie);
    res.sendRedirect(req.getContextPath() + Pages.safeNext(req.getParameter("next")).replace(CHOSEN, lang));
  }
}
