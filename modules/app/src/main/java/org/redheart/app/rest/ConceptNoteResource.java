package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.meetings.api.ConceptNotes;
import org.redheart.meetings.api.FieldSpec;
import org.redheart.meetings.api.MeetingDetails;
import org.redheart.meetings.api.Meetings;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.api.StepRecord;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.Documents;
import org.redheart.platform.api.Documents.Document;
import org.redheart.platform.api.Documents.Heading;
import org.redheart.platform.api.Documents.Paragraph;
import org.redheart.platform.api.Documents.Table;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Users;

/**
 * A version of a meeting's concept note (every completion of the step is one) as DOCX in English or
 * Bangla ({@code ?version=N&lang=bn}; the last version without {@code version}).
 */
@Path("/meetings/{id}/concept-note.docx")
@RequestScoped
public class ConceptNoteResource {

  @Inject ConceptNotes conceptNotes;
  @Inject Meetings meetings;
  @Inject StakeholderCategories categories;
  @Inject Documents documents;
  @Inject Users users;
  @Inject CurrentUser currentUser;

  @GET
  @Produces(DocumentsResource.DOCX)
  public Response docx(@PathParam("id") String id, @QueryParam("version") String version, @QueryParam("lang") String lang) {
    List<StepRecord> all = conceptNotes.versions(id, currentUser.actor());
    if (all.isEmpty()) {
      throw new NotFound("concept note of meeting", id);
    }
    int n = all.size();
    if (version != null && !version.isBlank()) {
      try {
        n = Integer.parseInt(Digits.toAscii(version.strip()));
      } catch (NumberFormatException e) {
        throw new InvalidInput("version", "must be a whole number");
      }
      if (n < 1 || n > all.size()) {
        throw new NotFound("concept note version", Integer.toString(n));
      }
    }
    MeetingDetails d = meetings.details(id, currentUser.actor());
    byte[] docx = documents.docx(document(d, all.get(n - 1), n, "bn".equals(lang)));
    return Response.ok(docx, DocumentsResource.DOCX)
        .header("Content-Disposition", ContentDisposition.of(false, "concept-note-" + id + "-v" + n + ".docx"))
        .build();
  }

  Document document(MeetingDetails d, StepRecord r, int version, boolean bangla) {
    ResourceBundle b = ResourceBundle.getBundle("org.redheart.app.web.messages",
        bangla ? Locale.forLanguageTag("bn-BD") : Locale.ROOT);
    DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    Map<String, String> f = r.data();
    List<Documents.Block> blocks = new ArrayList<>();
    String v = text(b, "conceptNote.version") + " " + version + " · " + when.format(d.meeting().startsAt()) + " ("
        + d.meeting().startsAt().getZone().getId() + ")" + (d.meeting().venue() == null ? "" : " · " + d.meeting().venue());
    blocks.add(new Paragraph(bangla ? Digits.toBengali(v) : v));
    for (FieldSpec spec : Step.WRITE_CONCEPT_NOTE.fields()) {
      String value = f.get(spec.name());
      if (value == null || value.isBlank()) {
        continue;
      }
      blocks.add(new Heading(text(b, "field." + spec.name())));
      switch (spec.kind()) {
        case CATEGORIES -> {
          List<String> names = new ArrayList<>();
          for (String cid : value.split(",")) {
            names.add(categories.find(Long.parseLong(cid.strip())).map(c -> c.name(bangla ? "bn" : "en")).orElse(cid));
          }
          blocks.add(new Paragraph(String.join(", ", names)));
        }
        case MODALITY -> blocks.add(new Paragraph(text(b, "modality." + value)));
        case AGENDA -> blocks.add(new Table(List.of(text(b, "agenda.minutes"), text(b, "agenda.item"),
            text(b, "agenda.responsible")), rows(value, 3, bangla)));
        case THEMES -> blocks.add(new Table(List.of(text(b, "themes.code"), text(b, "themes.theme")), rows(value, 2, false)));
        case NUMBER -> blocks.add(new Paragraph(bangla ? Digits.toBengali(value) : value));
        default -> {
          for (String para : value.split("\\R")) {
            blocks.add(new Paragraph(para));
          }
        }
      }
    }
    return new Document(text(b, "conceptNote.title") + ": " + d.meeting().title(), blocks);
  }

  private static List<List<String>> rows(String value, int columns, boolean bengaliFirst) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : value.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      List<String> row = new ArrayList<>();
      for (int i = 0; i < columns; i++) {
        String c = i < cells.length ? cells[i].strip() : "";
        row.add(i == 0 && bengaliFirst ? Digits.toBengali(c) : c);
      }
      rows.add(row);
    }
    return rows;
  }

  private static String text(ResourceBundle b, String key) {
    try {
      return b.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
