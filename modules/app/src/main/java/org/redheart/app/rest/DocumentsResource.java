package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.MeetingDetails;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.meetings.api.StepRecord;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.Documents;
import org.redheart.platform.api.Documents.Bar;
import org.redheart.platform.api.Documents.BarChart;
import org.redheart.platform.api.Documents.Document;
import org.redheart.platform.api.Documents.Paragraph;
import org.redheart.platform.api.Documents.Table;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Users;

/**
 * Documents and charts made from meetings, in English or Bangla ({@code ?lang=bn}, with Bengali
 * digits): a meeting's step history as DOCX, and the number of meetings at each stage as PNG or
 * SVG. Readable by whoever may read the meetings (organisers, supervisors, safeguarding lead).
 */
@Path("/documents")
@RequestScoped
public class DocumentsResource {
  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final int MAX_PAGES = 50;

  @Inject Documents documents;
  @Inject Meetings meetings;
  @Inject Users users;
  @Inject CurrentUser currentUser;

  @GET
  @Path("meetings/{id}/history.docx")
  @Produces(DOCX)
  public Response history(@PathParam("id") String id, @QueryParam("lang") String lang) {
    Labels t = new Labels(lang);
    MeetingDetails d = meetings.details(id, currentUser.actor());
    MeetingSummary m = d.meeting();
    DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    List<List<String>> rows = new ArrayList<>();
    for (StepRecord r : d.history()) {
      rows.add(List.of(t.step(r.step()), t.outcome(r.outcome()), displayName(r.completedBy()),
          t.digits(when.format(r.completedAt().atZone(m.startsAt().getZone())))));
    }
    List<Documents.Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(t.digits(when.format(m.startsAt())) + " (" + m.startsAt().getZone().getId() + ")"
        + (m.venue() == null ? "" : " · " + m.venue())));
    blocks.add(new Documents.Heading(t.text("files.doc.history")));
    if (rows.isEmpty()) {
      blocks.add(new Paragraph(t.text("files.doc.noHistory")));
    } else {
      blocks.add(new Table(List.of(t.text("files.doc.step"), t.text("files.doc.outcome"), t.text("files.doc.completedBy"), t.text("files.doc.completedAt")), rows));
    }
    byte[] docx = documents.docx(new Document(m.title(), blocks));
    return Response.ok(docx, DOCX)
        .header("Content-Disposition", ContentDisposition.of(false, "meeting-history-" + m.id() + ".docx"))
        .build();
  }

  @GET
  @Path("charts/meetings-by-stage.png")
  @Produces("image/png")
  public Response meetingsByStagePng(@QueryParam("lang") String lang) {
    return Response.ok(documents.png(meetingsByStage(new Labels(lang)), 800, 480), "image/png").build();
  }

  @GET
  @Path("charts/meetings-by-stage.svg")
  @Produces("image/svg+xml")
  public Response meetingsByStageSvg(@QueryParam("lang") String lang) {
    return Response.ok(documents.svg(meetingsByStage(new Labels(lang)), 800, 480), "image/svg+xml;charset=UTF-8")
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        .build();
  }

  private BarChart meetingsByStage(Labels t) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int p = 0; p < MAX_PAGES; p++) {
      Page<MeetingSummary> page = meetings.list(null, new PageRequest(p, PageRequest.MAX_SIZE), currentUser.actor());
      page.items().forEach(m -> counts.merge(m.stage(), 1, Integer::sum));
      if (!page.hasNext()) {
        break;
      }
    }
    List<Bar> bars = counts.entrySet().stream().map(e -> new Bar(t.step(e.getKey()), e.getValue())).toList();
    return new BarChart(t.text("files.doc.chartTitle"), t.text("files.doc.step"), t.text("files.doc.meetings"), bars, t.bangla);
  }

  private String displayName(String userId) {
    if (userId == null) {
      return "";
    }
    try {
      return users.get(userId).displayName();
    } catch (RuntimeException e) {
      return userId;
    }
  }

  /** Labels from the UI's bundles, keys under {@code doc.}, steps under {@code step.}. */
  private static final class Labels {
    final boolean bangla;
    final ResourceBundle bundle;

    Labels(String lang) {
      bangla = "bn".equals(lang);
      bundle = ResourceBundle.getBundle("org.redheart.app.web.messages", bangla ? Locale.forLanguageTag("bn-BD") : Locale.ROOT);
    }

    String text(String key) {
      try {
        return bundle.getString(key);
      } catch (MissingResourceException e) {
        return key;
      }
    }

    String step(String stage) {
      if (stage == null) {
        return "";
      }
      String key = MeetingSummary.COMPLETED.equals(stage) ? "stage.COMPLETED" : "step." + stage;
      String label = text(key);
      return label.equals(key) ? stage : label;
    }

    String outcome(String outcome) {
      String label = outcome == null ? "" : text("outcome." + outcome);
      return label.startsWith("outcome.") ? outcome : label;
    }

    String digits(String s) {
      return bangla ? Digits.toBengali(s) : s;
    }
  }
}
