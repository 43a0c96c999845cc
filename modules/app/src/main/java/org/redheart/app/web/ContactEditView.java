package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.Affiliation;
import org.redheart.contacts.api.AttendancePreference;
import org.redheart.contacts.api.ContactDetails;
import org.redheart.contacts.api.ContactInput;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.ContactQuery;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.PageRequest;

/**
 * The contact form, for a new person or organisation ({@code ?kind=}) and for an edit
 * ({@code ?id=}). Every field of {@link ContactInput}; errors next to their fields; the version the
 * user edited travels in a hidden input, so a stale edit is refused with a clear message.
 * Affiliation rows are plain inputs (any number of them): an organisation is chosen by its name,
 * with the organisations offered as a datalist, and resolved to an id on the server.
 */
@Named
@RequestScoped
public class ContactEditView {
  static final String FORM = "contact";
  /** Organisations offered in the datalist of the affiliation rows. */
  static final int ORGANISATION_CHOICES = 200;
  static final Map<String, String> CLIENT_IDS = clientIds();

  @Inject Contacts contacts;
  @Inject CurrentUser currentUser;
  @Inject ContactLabels labels;

  private String id;
  private String newKind;
  private String organisationId;
  private ContactDetails details;
  private boolean loaded;
  private boolean missing;

  private String kind = ContactKind.PERSON.name();
  private String name;
  private boolean minor;
  private String guardianConsentOn;
  private String district;
  private String country;
  private String timeZone;
  private List<String> languages = new ArrayList<>();
  private String emails;
  private String phones;
  private String tags;
  private List<String> categoryIds = new ArrayList<>();
  private String notes;
  private String attendancePreference = "";

  private List<Row> rows;
  private final Map<String, String> otherErrors = new HashMap<>();
  private ContactSummary emailHolder;
  private boolean stale;
  private List<ContactSummary> organisations;

  /** One organisation row: what was typed, the id it was chosen with (if unchanged), the title. */
  public record Row(String organisation, String organisationId, String chosenName, String title, String error) {
    boolean blank() {
      return (organisation == null || organisation.isBlank()) && (title == null || title.isBlank());
    }

    Row withError(String message) {
      return new Row(organisation, organisationId, chosenName, title, message);
    }

    Row withOrganisation(String orgId, String orgName) {
      return new Row(orgName, orgId, orgName, title, null);
    }
  }

  /** The view action of a GET: fills the form from the contact, or from ?kind= and ?organisationId=. */
  public void init() {
    if (id != null && !id.isBlank()) {
      ContactDetails d = getDetails();
      if (d == null) {
        Pages.notFound();
        return;
      }
      if (!d.id().equals(id)) {
        Pages.redirect("/contact-edit.xhtml?id=" + d.id());
        return;
      }
      fill(d);
    } else {
      ContactKind k = ContactView.parse(ContactKind.class, newKind);
      kind = (k == null ? ContactKind.PERSON : k).name();
      rows = new ArrayList<>();
      if (organisationId != null && !organisationId.isBlank()) {
        ContactSummary org = contacts.summaries(List.of(organisationId)).get(organisationId);
        if (org != null && org.kind() == ContactKind.ORGANISATION) {
          rows.add(new Row(org.name(), org.id(), org.name(), "", null));
        }
      }
      if (rows.isEmpty()) {
        rows.add(new Row("", null, null, "", null));
      }
    }
  }

  private void fill(ContactDetails d) {
    kind = d.kind().name();
    name = d.name();
    minor = d.minor();
    guardianConsentOn = d.guardianConsentOn() == null ? null : d.guardianConsentOn().toString();
    district = d.district();
    country = d.countryCode() == null ? null : labels.countryName(d.countryCode(), d.countryName());
    timeZone = d.timeZone();
    languages = new ArrayList<>(d.languages());
    emails = String.join("\n", d.emails());
    phones = String.join("\n", d.phones());
    tags = String.join(", ", d.tags());
    categoryIds = d.categoryIds().stream().map(String::valueOf).toList();
    categoryIds = new ArrayList<>(categoryIds);
    notes = d.notes();
    attendancePreference = d.attendancePreference() == null ? "" : d.attendancePreference().name();
    rows = new ArrayList<>();
    for (Affiliation a : d.affiliations()) {
      rows.add(new Row(a.organisationName(), a.organisationId(), a.organisationName(), a.title(), null));
    }
    rows.add(new Row("", null, null, "", null));
  }

  /** The contact being edited (null for a new one); on a postback its id comes from the hidden input. */
  public ContactDetails getDetails() {
    if (!loaded) {
      loaded = true;
      if (id == null) {
        id = param("id");
      }
      if (id != null && !id.isBlank()) {
        try {
          details = contacts.get(id, currentUser.actor());
        } catch (NotFound | InvalidInput e) {
          missing = true;
        }
      }
    }
    return details;
  }

  public boolean isEditing() {
    return getDetails() != null;
  }

  public boolean isMissing() {
    getDetails();
    return missing;
  }

  /** PERSON or ORGANISATION: fixed once the contact exists. */
  public String getEffectiveKind() {
    return isEditing() ? details.kind().name() : kind;
  }

  public boolean isPerson() {
    return ContactKind.PERSON.name().equals(getEffectiveKind());
  }

  public String getVersion() {
    if (isEditing()) {
      String posted = param("version");
      return posted != null ? posted : Long.toString(details.version());
    }
    return "";
  }

  public List<Row> getRows() {
    if (rows == null) {
      rows = postedRows();
      if (rows.isEmpty()) {
        rows.add(new Row("", null, null, "", null));
      }
    }
    return rows;
  }

  /** Shows one more empty organisation row; saves nothing. */
  public void addRow() {
    getRows().add(new Row("", null, null, "", null));
  }

  public void save() {
    if (id == null) {
      id = param("id");
    }
    boolean editing = id != null && !id.isBlank();
    if (editing && getDetails() == null) {
      Pages.notFound();
      return;
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    ContactKind k = editing ? details.kind() : ContactView.parse(ContactKind.class, kind);
    if (k == null) {
      errors.add("kind", Pages.text("error.required"));
    }
    LocalDate guardianDate = null;
    if (guardianConsentOn != null && !guardianConsentOn.isBlank()) {
      try {
        guardianDate = LocalDate.parse(Digits.toAscii(guardianConsentOn.strip()));
      } catch (DateTimeParseException e) {
        errors.add("guardianConsentOn", Pages.text("error.date"));
      }
    }
    long expectedVersion = 0;
    if (editing) {
      try {
        expectedVersion = Long.parseLong(Digits.toAscii(Optional.ofNullable(param("version")).orElse("").strip()));
      } catch (NumberFormatException e) {
        expectedVersion = details.version();
      }
    }
    List<String> emailList = lines(emails);
    List<String> phoneList = lines(phones);
    checkEmailsAreFree(emailList, editing ? details.id() : null, errors);
    List<Affiliation> affiliations = k == ContactKind.PERSON ? resolveAffiliations() : List.of();
    boolean rowErrors = getRows().stream().anyMatch(r -> r.error() != null);
    AttendancePreference preference = k == ContactKind.PERSON
        ? ContactView.parse(AttendancePreference.class, attendancePreference) : null;
    Set<Long> categories = new LinkedHashSet<>();
    for (String c : categoryIds == null ? List.<String>of() : categoryIds) {
      try {
        categories.add(Long.valueOf(c));
      } catch (NumberFormatException e) {
        errors.add("categoryIds", Pages.text("contact.unknownCategory"));
      }
    }
    Set<String> tagSet = new LinkedHashSet<>();
    if (tags != null) {
      Arrays.stream(tags.split("[,،\n]")).map(String::strip).filter(t -> !t.isEmpty()).forEach(tagSet::add);
    }
    ContactInput input = new ContactInput(k, blankToNull(name), k == ContactKind.PERSON && minor, guardianDate,
        blankToNull(district), blankToNull(country), blankToNull(timeZone), new LinkedHashSet<>(languages == null ? List.of() : languages),
        emailList, phoneList, tagSet, categories, affiliations, blankToNull(notes), preference);
    try {
      errors.throwIfAny();
      if (rowErrors) {
        FacesContext.getCurrentInstance().validationFailed();
        Pages.error(Pages.text("contact.fixErrors"));
        return;
      }
      ContactDetails saved = editing ? contacts.update(details.id(), input, expectedVersion, currentUser.actor())
          : contacts.create(input, currentUser.actor());
      Pages.info(editing ? "contact.savedMsg" : "contact.createdMsg", labels.displayName(saved.name(), saved.minor()));
      Pages.redirect("/contact.xhtml?id=" + saved.id());
    } catch (InvalidInput e) {
      showErrors(e);
      if (rowErrors) {
        Pages.error(Pages.text("contact.fixErrors"));
      }
    } catch (Conflict e) {
      conflict(e, editing, expectedVersion);
    } catch (NotFound e) {
      Pages.error(e.getMessage());
    } catch (Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  /** A stale version or an address another contact holds: told apart by looking at the version now. */
  private void conflict(Conflict e, boolean editing, long expectedVersion) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.validationFailed();
    if (editing) {
      try {
        ContactDetails now = contacts.get(details.id(), currentUser.actor());
        if (now.version() != expectedVersion) {
          stale = true;
          Pages.error(Pages.text("contact.stale"));
          return;
        }
      } catch (NotFound gone) {
        Pages.error(gone.getMessage());
        return;
      }
    }
    faces.addMessage(FORM + ":emails", new FacesMessage(FacesMessage.SEVERITY_ERROR,
        Pages.text("field.emails") + ": " + e.getMessage(), null));
  }

  /** Tells the user which contact already has an address, before the service refuses it. */
  private void checkEmailsAreFree(List<String> emailList, String ownId, InvalidInput.Collector errors) {
    for (String e : emailList) {
      try {
        Optional<ContactSummary> holder = contacts.findByEmail(e);
        if (holder.isPresent() && !holder.get().id().equals(ownId)) {
          emailHolder = holder.get();
          errors.add("emails", Pages.text("contact.emailTaken", e, labels.name(holder.get())));
          return;
        }
      } catch (InvalidInput invalid) {
        return; // not an address: the service names it
      }
    }
  }

  private List<Affiliation> resolveAffiliations() {
    List<Row> resolved = new ArrayList<>();
    List<Affiliation> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Row row : getRows()) {
      if (row.blank()) {
        resolved.add(row);
        continue;
      }
      String typed = row.organisation() == null ? "" : row.organisation().strip();
      if (typed.isEmpty()) {
        resolved.add(row.withError(Pages.text("contact.organisationRequired")));
        continue;
      }
      Row r;
      if (row.organisationId() != null && typed.equals(row.chosenName())) {
        r = row;
      } else {
        r = resolve(row, typed);
      }
      resolved.add(r);
      if (r.error() == null) {
        if (!seen.add(r.organisationId())) {
          resolved.set(resolved.size() - 1, r.withError(Pages.text("contact.organisationTwice")));
        } else {
          out.add(new Affiliation(r.organisationId(), null, blankToNull(r.title())));
        }
      }
    }
    rows = resolved;
    return out;
  }

  private Row resolve(Row row, String typed) {
    List<ContactSummary> found = contacts.search(new ContactQuery(typed, ContactKind.ORGANISATION, null, null, null,
        null, null), new PageRequest(0, 20), currentUser.actor()).items();
    String wanted = squash(typed);
    List<ContactSummary> exact = found.stream().filter(o -> o.name() != null && squash(o.name()).equals(wanted)).toList();
    if (exact.size() == 1) {
      return row.withOrganisation(exact.get(0).id(), exact.get(0).name());
    }
    if (exact.size() > 1) {
      return row.withError(Pages.text("contact.organisationAmbiguousName", typed));
    }
    if (found.size() == 1) {
      return row.withOrganisation(found.get(0).id(), found.get(0).name());
    }
    if (found.isEmpty()) {
      return row.withError(Pages.text("contact.organisationUnknown", typed));
    }
    String names = String.join(", ", found.stream().limit(5).map(ContactSummary::name).toList());
    return row.withError(Pages.text("contact.organisationAmbiguous", typed, names));
  }

  private void showErrors(InvalidInput e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    e.fieldErrors().forEach((field, message) -> {
      String base = baseField(field);
      String clientId = CLIENT_IDS.get(base);
      String label = Pages.text("field." + base);
      String text = (label.equals("field." + base) ? field : label) + ": " + message;
      if ("affiliations".equals(base)) {
        otherErrors.merge("affiliations", text, (a, b) -> a + " " + b);
      } else {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      }
    });
    faces.validationFailed();
  }

  /** "emails[1]" → "emails", "email" → "emails", "affiliations.0.title" → "affiliations". */
  static String baseField(String field) {
    String base = field;
    int cut = indexOfAny(base, '[', '.');
    if (cut > 0) {
      base = base.substring(0, cut);
    }
    return switch (base) {
      case "email" -> "emails";
      case "phone" -> "phones";
      case "tag" -> "tags";
      case "language" -> "languages";
      case "categories", "categoryId", "category" -> "categoryIds";
      case "affiliation", "organisation", "organisationId", "organisations", "title" -> "affiliations";
      case "countryCode" -> "country";
      case "guardianConsent", "guardianConsentAt" -> "guardianConsentOn";
      default -> base;
    };
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  private static Map<String, String> clientIds() {
    Map<String, String> ids = new LinkedHashMap<>();
    for (String f : List.of("kind", "name", "minor", "guardianConsentOn", "district", "country", "timeZone", "languages",
        "emails", "phones", "tags", "categoryIds", "notes", "attendancePreference")) {
      ids.put(f, FORM + ":" + f);
    }
    return Map.copyOf(ids);
  }

  private List<Row> postedRows() {
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    Map<String, String[]> values = ext.getRequestParameterValuesMap();
    String[] orgs = values.getOrDefault("aff_org", new String[0]);
    String[] ids = values.getOrDefault("aff_orgId", new String[0]);
    String[] chosen = values.getOrDefault("aff_orgName", new String[0]);
    String[] titles = values.getOrDefault("aff_title", new String[0]);
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < Math.min(orgs.length, 50); i++) {
      out.add(new Row(orgs[i], at(ids, i), at(chosen, i), at(titles, i), null));
    }
    return out;
  }

  private static String at(String[] values, int i) {
    return i < values.length && values[i] != null && !values[i].isBlank() ? values[i] : null;
  }

  public String error(String field) {
    return otherErrors.get(field);
  }

  /** The contact that already holds an address typed here, to link to it. */
  public ContactSummary getEmailHolder() {
    return emailHolder;
  }

  public boolean isStale() {
    return stale;
  }

  /** Organisation names offered while typing an affiliation. */
  public List<ContactSummary> getOrganisations() {
    if (organisations == null) {
      organisations = contacts.search(new ContactQuery(null, ContactKind.ORGANISATION, null, null, null, null, null),
          new PageRequest(0, ORGANISATION_CHOICES), currentUser.actor()).items();
    }
    return organisations;
  }

  public List<String> getZones() {
    return NewMeetingView.ZONES;
  }

  public ContactKind[] getKinds() {
    return ContactKind.values();
  }

  public AttendancePreference[] getPreferences() {
    return AttendancePreference.values();
  }

  static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("[\\r\\n,;]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String squash(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String param(String name) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getNewKind() { return newKind; }
  public void setNewKind(String newKind) { this.newKind = newKind; }
  public String getOrganisationId() { return organisationId; }
  public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
  public String getKind() { return kind; }
  public void setKind(String kind) { this.kind = kind; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public boolean isMinor() { return minor; }
  public void setMinor(boolean minor) { this.minor = minor; }
  public String getGuardianConsentOn() { return guardianConsentOn; }
  public void setGuardianConsentOn(String guardianConsentOn) { this.guardianConsentOn = guardianConsentOn; }
  public String getDistrict() { return district; }
  public void setDistrict(String district) { this.district = district; }
  public String getCountry() { return country; }
  public void setCountry(String country) { this.country = country; }
  public String getTimeZone() { return timeZone; }
  public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
  public List<String> getLanguages() { return languages; }
  public void setLanguages(List<String> languages) { this.languages = languages; }
  public String getEmails() { return emails; }
  public void setEmails(String emails) { this.emails = emails; }
  public String getPhones() { return phones; }
  public void setPhones(String phones) { this.phones = phones; }
  public String getTags() { return tags; }
  public void setTags(String tags) { this.tags = tags; }
  public List<String> getCategoryIds() { return categoryIds; }
  public void setCategoryIds(List<String> categoryIds) { this.categoryIds = categoryIds; }
  public String getNotes() { return notes; }
  public void setNotes(String notes) { this.notes = notes; }
  public String getAttendancePreference() { return attendancePreference; }
  public void setAttendancePreference(String attendancePreference) { this.attendancePreference = attendancePreference; }
}
