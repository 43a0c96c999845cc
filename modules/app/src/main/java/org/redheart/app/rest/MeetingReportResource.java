package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.MeetingReports;
import org.redheart.meetings.api.MeetingReports.Block;
import org.redheart.meetings.api.MeetingReports.Report;
import org.redheart.platform.api.Documents;
import org.redheart.platform.api.InvalidInput;

/**
 * A meeting's report as DOCX or HTML ({@code /api/meetings/{id}/report.docx?lang=en|bn}, {@code
 * report.html}): the last approved version if any, else the latest written one, else the draft
 * generated from the meeting's data. Bangla is right in both: the DOCX through the platform's
 * document service (Bengali font), the HTML with {@code lang} attributes and the app's font.
 */
@Path("/meetings/{id}/{file: report\\.docx|report\\.html}")
@RequestScoped
public class MeetingReportResource {

  @Inject MeetingReports reports;
  @Inject Documents documents;
  @Inject CurrentUser currentUser;
  @Context HttpServletRequest request;

  @GET
  @Produces({DocumentsResource.DOCX, "text/html"})
  public Response get(@PathParam("id") String id, @PathParam("file") String file, @QueryParam("lang") String lang) {
    if (lang != null && !lang.isBlank() && !lang.equals("en") && !lang.equals("bn")) {
      throw new InvalidInput("lang", "must be en or bn");
    }
    String language = "bn".equals(lang) ? "bn" : "en";
    Report report = reports.report(id, language, currentUser.actor());
    ResourceBundle bundle = ResourceBundle.getBundle("org.redheart.app.web.messages",
        "bn".equals(language) ? Locale.forLanguageTag("bn-BD") : Locale.ROOT);
    String title = report.title() + " — " + text(bundle, "report.title");
    String version = text(bundle, "report.version." + report.version().name());
    if (file.endsWith(".docx")) {
      List<Documents.Block> blocks = new ArrayList<>();
      blocks.add(new Documents.Paragraph(version));
      for (Block b : report.blocks()) {
        blocks.add(switch (b.kind()) {
          case HEADING -> new Documents.Heading(b.text());
          case ITEM -> new Documents.Paragraph("• " + b.text());
          case PARAGRAPH -> new Documents.Paragraph(b.text());
        });
      }
      byte[] docx = documents.docx(new Documents.Document(title, blocks));
      return Response.ok(docx, DocumentsResource.DOCX)
          .header("Content-Disposition", ContentDisposition.of(false, "meeting-report-" + id + "-" + language + ".docx"))
          .build();
    }
    return Response.ok(html(report, title, version, language).getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8")
        .header("Content-Disposition", ContentDisposition.of(true, "meeting-report-" + id + "-" + language + ".html"))
        .build();
  }

  private String html(Report report, String title, String version, String language) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(language).append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<link rel=\"stylesheet\" href=\"").append(escape(request.getContextPath())).append("/resources/css/app.css\">\n")
        .append("</head>\n<body class=\"report-doc\">\n<main class=\"report-body\">\n")
        .append("<h1>").append(escape(title)).append("</h1>\n")
        .append("<p class=\"meta\" id=\"report-version\">").append(escape(version)).append("</p>\n");
    boolean inList = false;
    for (Block b : report.blocks()) {
      if (b.kind() != MeetingReports.Kind.ITEM && inList) {
        sb.append("</ul>\n");
        inList = false;
      }
      String text = escape(b.text());
      switch (b.kind()) {
        case HEADING -> sb.append("<h2>").append(text).append("</h2>\n");
        case PARAGRAPH -> sb.append("<p>").append(text).append("</p>\n");
        case ITEM -> {
          if (!inList) {
            sb.append("<ul>\n");
            inList = true;
          }
          sb.append("<li>").append(text).append("</li>\n");
        }
      }
    }
    if (inList) {
      sb.append("</ul>\n");
    }
    return sb.append("</main>\n</body>\n</html>\n").toString();
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String text(ResourceBundle bundle, String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
