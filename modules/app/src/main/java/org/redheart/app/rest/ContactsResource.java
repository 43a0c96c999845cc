package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.Affiliation;
import org.redheart.contacts.api.AttendancePreference;
import org.redheart.contacts.api.Consent;
import org.redheart.contacts.api.ConsentPurpose;
import org.redheart.contacts.api.ContactDetails;
import org.redheart.contacts.api.ContactHistoryEntry;
import org.redheart.contacts.api.ContactInput;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.ContactQuery;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.contacts.api.LawfulBasis;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Csv;
import org.redheart.platform.api.Erasure;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.PageRequest;

/**
 * The stakeholder directory over REST: search with filters and a total, one contact with its
 * consents, create and update (with the version edited), merge, consent per purpose, history,
 * possible duplicates, a person's data as a JSON download, erasure, and streamed CSV and XLSX
 * exports of any filtered list (cells that a spreadsheet would run as formulas are neutralised).
 */
@Path("/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContactsResource {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String CSV = "text/csv; charset=UTF-8";

  /** A contact in a list. */
  public record SummaryJson(
      String id, String kind, String name, boolean minor, String primaryEmail, String district, String countryCode,
      String countryName, List<String> organisations, Set<Long> categoryIds, Set<String> tags) {
    static SummaryJson of(ContactSummary s) {
      return new SummaryJson(s.id(), s.kind().name(), s.name(), s.minor(), s.primaryEmail(), s.district(), s.countryCode(),
          s.countryName(), s.organisations(), new TreeSet<>(s.categoryIds()), new TreeSet<>(s.tags()));
    }
  }

  /** An organisation a person belongs to (or, under {@code members}, a person of an organisation: id and name are the person's). */
  public record AffiliationJson(String organisationId, String organisationName, String title) {
    static AffiliationJson of(Affiliation a) {
      return new AffiliationJson(a.organisationId(), a.organisationName(), a.title());
    }
  }

  public record ConsentJson(
      String purpose, boolean granted, String lawfulBasis, String source, Instant recordedAt, String recordedBy) {
    static ConsentJson of(Consent c) {
      return new ConsentJson(c.purpose().name(), c.granted(), c.lawfulBasis().name(), c.source(), c.recordedAt(),
          c.recordedBy());
    }
  }

  /** Everything about a contact; send {@code version} back with an update. */
  public record ContactJson(
      String id, String kind, String name, boolean minor, LocalDate guardianConsentOn, String district,
      String countryCode, String countryName, String timeZone, Set<String> languages, List<String> emails,
      List<String> phones, Set<String> tags, Set<Long> categoryIds, List<AffiliationJson> affiliations,
      List<AffiliationJson> members, String notes, String attendancePreference, List<ConsentJson> consents, int similar,
      String createdBy, Instant createdAt, Instant updatedAt, long version) {
    static ContactJson of(ContactDetails d) {
      return new ContactJson(d.id(), d.kind().name(), d.name(), d.minor(), d.guardianConsentOn(), d.district(),
          d.countryCode(), d.countryName(), d.timeZone(), new TreeSet<>(d.languages()), d.emails(), d.phones(),
          new TreeSet<>(d.tags()), new TreeSet<>(d.categoryIds()),
          d.affiliations().stream().map(AffiliationJson::of).toList(),
          d.members().stream().map(AffiliationJson::of).toList(), d.notes(),
          d.attendancePreference() == null ? null : d.attendancePreference().name(),
          d.consents().stream().map(ConsentJson::of).toList(), d.similar(), d.createdBy(), d.createdAt(), d.updatedAt(),
          d.version());
    }
  }

  /** What a client sends to create or (with {@code version}) update a contact; dates "2026-12-31". */
  public record ContactInputJson(
      String kind, String name, Boolean minor, String guardianConsentOn, String district, String country,
      String timeZone, List<String> languages, List<String> emails, List<String> phones, List<String> tags,
      List<Long> categoryIds, List<AffiliationJson> affiliations, String notes, String attendancePreference,
      Long version) {}

  public record ConsentInputJson(Boolean granted, String lawfulBasis, String source) {}

  public record HistoryJson(Instant at, String actorId, String action, String details) {
    static HistoryJson of(ContactHistoryEntry h) {
      return new HistoryJson(h.at(), h.actorId(), h.action(), h.details());
    }
  }

  public record ErasureJson(String personId, Map<String, Integer> anonymised) {}

  @Inject Contacts contacts;
  @Inject CurrentUser currentUser;

  @GET
  public MeetingsResource.PageJson<SummaryJson> list(
      @QueryParam("q") String q, @QueryParam("kind") String kind, @QueryParam("organisationId") String organisationId,
      @QueryParam("categoryId") Long categoryId, @QueryParam("district") String district,
      @QueryParam("country") String country, @QueryParam("tag") String tag, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    ContactQuery query = query(q, kind, organisationId, categoryId, district, country, tag);
    return MeetingsResource.PageJson.of(
        contacts.search(query, PageRequest.of(page, size), currentUser.actor()).map(SummaryJson::of));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(ContactInputJson body, @Context UriInfo uri) {
    ContactDetails created = contacts.create(input(body), currentUser.actor());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(ContactJson.of(created)).build();
  }

  @GET
  @Path("{id}")
  public ContactJson get(@PathParam("id") String id) {
    return ContactJson.of(contacts.get(id, currentUser.actor()));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ContactJson update(@PathParam("id") String id, ContactInputJson body) {
    ContactInput input = input(body);
    if (body.version() == null) {
      throw new InvalidInput("version", "is required: the version of the contact you edited");
    }
    return ContactJson.of(contacts.update(id, input, body.version(), currentUser.actor()));
  }

  @POST
  @Path("{id}/merge")
  public ContactJson merge(@PathParam("id") String id, @QueryParam("from") String from) {
    return ContactJson.of(contacts.merge(id, from, currentUser.actor()));
  }

  @PUT
  @Path("{id}/consents/{purpose}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ContactJson consent(@PathParam("id") String id, @PathParam("purpose") String purpose, ConsentInputJson body) {
    if (body == null || body.granted() == null) {
      throw new InvalidInput("granted", "is required: true or false");
    }
    ConsentPurpose p = parse(ConsentPurpose.class, purpose, "purpose");
    LawfulBasis basis = body.lawfulBasis() == null ? LawfulBasis.CONSENT : parse(LawfulBasis.class, body.lawfulBasis(),
        "lawfulBasis");
    return ContactJson.of(contacts.recordConsent(id, p, body.granted(), basis, body.source(), currentUser.actor()));
  }

  /** A contact's unsubscribe link for one purpose, as put in mails (relative to the public address). */
  public record UnsubscribeLinkJson(String purpose, String path) {}

  @GET
  @Path("{id}/unsubscribe-link")
  public UnsubscribeLinkJson unsubscribeLink(@PathParam("id") String id, @QueryParam("purpose") String purpose) {
    if (!currentUser.isAdmin() && !currentUser.isSupervisor()) {
      throw new org.redheart.platform.api.Forbidden("only admins and supervisors see unsubscribe links");
    }
    ConsentPurpose p = parse(ConsentPurpose.class, purpose, "purpose");
    ContactDetails contact = contacts.get(id, currentUser.actor());
    String token = contacts.unsubscribeToken(contact.id(), p);
    return new UnsubscribeLinkJson(p.name(), "/public/unsubscribe.xhtml?t=" + java.net.URLEncoder.encode(token,
        StandardCharsets.UTF_8));
  }

  @GET
  @Path("{id}/history")
  public MeetingsResource.PageJson<HistoryJson> history(
      @PathParam("id") String id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return MeetingsResource.PageJson.of(
        contacts.history(id, PageRequest.of(page, size), currentUser.actor()).map(HistoryJson::of));
  }

  @GET
  @Path("{id}/similar")
  public List<SummaryJson> similar(@PathParam("id") String id) {
    return contacts.similar(id, currentUser.actor()).stream().map(SummaryJson::of).toList();
  }

  @GET
  @Path("{id}/personal-data")
  public Response personalData(@PathParam("id") String id) {
    String json = contacts.exportPersonalData(id, currentUser.actor());
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .header("Content-Disposition", ContentDisposition.of(false, "personal-data-" + id + ".json"))
        .header("Cache-Control", "no-store")
        .build();
  }

  @DELETE
  @Path("{id}")
  public ErasureJson erase(@PathParam("id") String id) {
    Erasure.Report report = contacts.erase(id, currentUser.actor());
    return new ErasureJson(report.personId(), report.anonymised());
  }

  static final List<String> EXPORT_HEADER = List.of(
      "id", "kind", "name", "email", "district", "country", "organisations", "categories", "tags");

  static List<String> exportRow(ContactSummary s) {
    return List.of(s.id(), s.kind().name(), s.name() == null ? "" : s.name(),
        s.primaryEmail() == null ? "" : s.primaryEmail(), s.district() == null ? "" : s.district(),
        s.countryName() == null ? "" : s.countryName(), String.join("; ", s.organisations()),
        String.join("; ", new TreeSet<>(s.categoryIds()).stream().map(String::valueOf).toList()),
        String.join("; ", new TreeSet<>(s.tags())));
  }

  @GET
  @Path("export.csv")
  @Produces(CSV)
  public Response exportCsv(
      @QueryParam("q") String q, @QueryParam("kind") String kind, @QueryParam("organisationId") String organisationId,
      @QueryParam("categoryId") Long categoryId, @QueryParam("district") String district,
      @QueryParam("country") String country, @QueryParam("tag") String tag) {
    ContactQuery query = query(q, kind, organisationId, categoryId, district, country, tag);
    Actor actor = currentUser.actor();
    contacts.search(query, new PageRequest(0, 1), actor); // checks the role before the response starts
    StreamingOutput body = out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      w.write('\uFEFF'); // so that spreadsheets read Bangla as UTF-8
      w.write(Csv.row(EXPORT_HEADER));
      contacts.export(query, actor, s -> {
        try {
          w.write(Csv.row(exportRow(s)));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      w.flush();
    };
    return Response.ok(body, CSV)
        .header("Content-Disposition", ContentDisposition.of(false, "contacts.csv"))
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("export.xlsx")
  @Produces(XLSX)
  public Response exportXlsx(
      @QueryParam("q") String q, @QueryParam("kind") String kind, @QueryParam("organisationId") String organisationId,
      @QueryParam("categoryId") Long categoryId, @QueryParam("district") String district,
      @QueryParam("country") String country, @QueryParam("tag") String tag) {
    ContactQuery query = query(q, kind, organisationId, categoryId, district, country, tag);
    Actor actor = currentUser.actor();
    contacts.search(query, new PageRequest(0, 1), actor);
    StreamingOutput body = out -> {
      SXSSFWorkbook workbook = new SXSSFWorkbook(200);
      try {
        workbook.setCompressTempFiles(true);
        Sheet sheet = workbook.createSheet("Contacts");
        int[] row = {0};
        writeRow(sheet.createRow(row[0]++), EXPORT_HEADER);
        contacts.export(query, actor, s -> writeRow(sheet.createRow(row[0]++), exportRow(s)));
        workbook.write(out);
      } finally {
        workbook.dispose();
        workbook.close();
      }
    };
    return Response.ok(body, XLSX)
        .header("Content-Disposition", ContentDisposition.of(false, "contacts.xlsx"))
        .header("Cache-Control", "no-store")
        .build();
  }

  private static void writeRow(Row row, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      row.createCell(i).setCellValue(Csv.neutralise(cells.get(i)));
    }
  }

  static ContactQuery query(String q, String kind, String organisationId, Long categoryId, String district,
      String country, String tag) {
    return new ContactQuery(blank(q), kind == null || kind.isBlank() ? null : parse(ContactKind.class, kind, "kind"),
        blank(organisationId), categoryId, blank(district), blank(country), blank(tag));
  }

  static ContactInput input(ContactInputJson b) {
    if (b == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    ContactKind kind = null;
    AttendancePreference preference = null;
    try {
      kind = b.kind() == null ? null : parse(ContactKind.class, b.kind(), "kind");
    } catch (InvalidInput e) {
      errors.add("kind", e.fieldErrors().get("kind"));
    }
    try {
      preference = b.attendancePreference() == null || b.attendancePreference().isBlank() ? null
          : parse(AttendancePreference.class, b.attendancePreference(), "attendancePreference");
    } catch (InvalidInput e) {
      errors.add("attendancePreference", e.fieldErrors().get("attendancePreference"));
    }
    LocalDate consent = Parse.date(b.guardianConsentOn(), "guardianConsentOn", errors);
    List<Affiliation> affiliations = new ArrayList<>();
    if (b.affiliations() != null) {
      for (AffiliationJson a : b.affiliations()) {
        if (a != null) {
          affiliations.add(new Affiliation(a.organisationId(), null, a.title()));
        }
      }
    }
    if (b.categoryIds() != null && b.categoryIds().contains(null)) {
      errors.add("categoryIds", "must not contain null");
    }
    errors.throwIfAny();
    return new ContactInput(kind, b.name(), Boolean.TRUE.equals(b.minor()), consent, b.district(), b.country(),
        b.timeZone(), set(b.languages()), list(b.emails()), list(b.phones()), set(b.tags()),
        b.categoryIds() == null ? Set.of() : Set.copyOf(b.categoryIds()), affiliations, b.notes(), preference);
  }

  private static List<String> list(List<String> values) {
    return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
  }

  private static Set<String> set(List<String> values) {
    return values == null ? Set.of() : Set.copyOf(values.stream().filter(v -> v != null).toList());
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInput(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
