package org.redheart.app.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.redheart.meetings.api.InvitationAnswers;

/**
 * The calendar file of an invitation link ({@code GET /public/invitation-calendar?t=…}; public, no
 * session, changes nothing): the event as it stands for this invitee (METHOD:PUBLISH, or REQUEST once
 * they accepted), as an attachment. A bad, expired or foreign link gets a plain 404 page.
 */
@WebServlet("/public/invitation-calendar")
public class InvitationCalendarServlet extends HttpServlet {
  public static final String PATH = "/public/invitation-calendar";
  private static final int MAX_TOKEN = 512;

  @Inject transient InvitationAnswers answers;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String link = req.getParameter("t");
    Optional<InvitationAnswers.CalendarFile> file = link == null || link.isEmpty() || link.length() > MAX_TOKEN
        ? Optional.empty() : answers.calendar(link);
    if (file.isEmpty()) {
      notFound(req, res);
      return;
    }
    InvitationAnswers.CalendarFile f = file.get();
    res.setContentType(f.contentType() == null ? "text/calendar;charset=UTF-8" : f.contentType());
    res.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(f.fileName()) + "\"");
    res.setContentLength(f.content().length);
    res.getOutputStream().write(f.content());
  }

  /** A safe ASCII file name ending in .ics. */
  static String fileName(String name) {
    String base = name == null ? "" : name.replaceAll("(?i)\\.ics$", "");
    base = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    if (base.isEmpty()) {
      base = "invitation";
    }
    if (base.length() > 80) {
      base = base.substring(0, 80);
    }
    return base + ".ics";
  }

  private static void notFound(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Locale locale = Language.resolve(req);
    ResourceBundle bundle = ResourceBundle.getBundle("org.redheart.app.web.messages", locale);
    String title = escape(bundle.getString("pub.invalid.title"));
    String text = escape(bundle.getString("pub.invalid.text"));
    res.setStatus(404);
    res.setCharacterEncoding(StandardCharsets.UTF_8.name());
    res.setContentType("text/html;charset=UTF-8");
    res.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title>"
        + "<link rel=\"stylesheet\" href=\"" + req.getContextPath() + "/resources/css/app.css\"></head><body>"
        + "<main class=\"content\"><div class=\"card narrow\" id=\"invalid\"><h1 class=\"page-title\">" + title
        + "</h1><p>" + text + "</p></div></main></body></html>");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
