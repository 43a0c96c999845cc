package org.redheart.app.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.redheart.contacts.api.Contacts;

/**
 * RFC 8058 one-click unsubscribe, the address of a bulletin's {@code List-Unsubscribe} header
 * ({@code /public/unsubscribe/one-click?t=…}). A POST (any body — mail clients send {@code
 * List-Unsubscribe=One-Click} — with no cookie, session or form token) withdraws the link's consent
 * and answers 200 "unsubscribed", again on a repeat; a forged or unknown link answers 400 and changes
 * nothing. The link never expires and only withdraws that consent: the membership stays. A GET (a
 * person opening the address) is sent to the page that asks before withdrawing anything.
 */
@WebServlet(OneClickUnsubscribeServlet.PATH)
public class OneClickUnsubscribeServlet extends HttpServlet {
  public static final String PATH = "/public/unsubscribe/one-click";
  private static final int MAX_TOKEN = 512;

  @Inject transient Contacts contacts;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String link = linkOf(req);
    boolean done = link != null && contacts.unsubscribeOneClick(link);
    res.setHeader("Cache-Control", "no-store");
    res.setContentType("text/plain;charset=UTF-8");
    if (done) {
      res.setStatus(200);
      res.getWriter().write("unsubscribed\n");
    } else {
      res.setStatus(400);
      res.getWriter().write("This unsubscribe link is not valid (it was changed or is unknown): nothing was changed.\n");
    }
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String link = linkOf(req);
    res.setHeader("Cache-Control", "no-store");
    res.setStatus(303);
    res.setHeader("Location", req.getContextPath() + UnsubscribeView.PAGE
        + (link == null ? "" : "?t=" + URLEncoder.encode(link, StandardCharsets.UTF_8)));
  }

  /** The link token from the query string (never from the body: the POST body is the mail client's). */
  static String linkOf(HttpServletRequest req) {
    String query = req.getQueryString();
    if (query == null) {
      return null;
    }
    for (String part : query.split("&")) {
      if (part.startsWith("t=")) {
        String value;
        try {
          value = java.net.URLDecoder.decode(part.substring(2), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return null;
        }
        return value.isEmpty() || value.length() > MAX_TOKEN ? null : value;
      }
    }
    return null;
  }
}
