package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.ContactQuery;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.materials.api.Decision;
import org.redheart.materials.api.MaterialDetails;
import org.redheart.materials.api.MaterialKind;
import org.redheart.materials.api.MaterialStatus;
import org.redheart.materials.api.PrintRuns;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * The material page's "Print runs" section ({@code WEB-INF/includes/material-print.xhtml}): stock per
 * version, the print runs, the distributions a page at a time, and for organisers and supervisors of
 * the campaign the forms to record a print run of an approved version and a distribution to a meeting
 * of the campaign (by title), an organisation (found by name: {@code ?org=}) or an event (its name).
 */
@Named
@RequestScoped
public class MaterialPrintSection {
  static final int PAGE_SIZE = 20;
  static final int MEETING_CHOICES = 50;
  static final int ORGANISATION_CHOICES = 20;
  /** Kinds that are not printed: the section is left out for them. */
  static final Set<String> NOT_PRINTED = Set.of(MaterialKind.SOCIAL_POST, MaterialKind.BULLETIN, MaterialKind.VIDEO);
  static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
  static final Map<String, String> RUN_IDS = Map.of("quantity", "printRun:quantity", "printedOn", "printRun:printedOn",
      "printer", "printRun:printer", "note", "printRun:note");
  static final Map<String, String> DIST_IDS = Map.of("quantity", "distribute:quantity", "distributedOn",
      "distribute:distributedOn", "targetName", "distribute:eventName", "note", "distribute:note");

  @Inject MaterialView materialView;
  @Inject PrintRuns printRuns;
  @Inject Meetings meetings;
  @Inject Contacts contacts;
  @Inject CurrentUser currentUser;

  private PrintRuns.Stock stock;
  private List<PrintRuns.PrintRun> runs;
  private Page<PrintRuns.Distribution> distributions;
  private List<MeetingSummary> meetingChoices;
  private List<ContactSummary> organisations;

  private String runQuantity;
  private String runPrintedOn = LocalDate.now(DHAKA).toString();
  private String printer;
  private String runNote;
  private String distQuantity;
  private String distributedOn = LocalDate.now(DHAKA).toString();
  private String eventName;
  private String distNote;

  private MaterialDetails details() {
    return materialView.getDetails();
  }

  /** Shown for materials that are printed (not posts, bulletins or videos), or that were printed anyway. */
  public boolean isShown() {
    return details() != null && (!NOT_PRINTED.contains(details().summary().kindCode()) || getStock().printed() > 0);
  }

  public PrintRuns.Stock getStock() {
    if (stock == null) {
      stock = details() == null ? new PrintRuns.Stock(null, 0, 0, 0, List.of())
          : printRuns.stock(details().id(), currentUser.actor());
    }
    return stock;
  }

  public List<PrintRuns.PrintRun> getRuns() {
    if (runs == null) {
      runs = details() == null ? List.of() : printRuns.runs(details().id(), currentUser.actor());
    }
    return runs;
  }

  public Page<PrintRuns.Distribution> getDistributions() {
    if (distributions == null) {
      int page = 0;
      try {
        Integer asked = Formats.parseInteger(MaterialForms.param("dpage"));
        page = asked == null ? 0 : Math.max(0, asked);
      } catch (NumberFormatException e) {
        page = 0;
      }
      distributions = details() == null ? new Page<>(List.of(), 0, PAGE_SIZE, 0)
          : printRuns.distributions(details().id(), new PageRequest(page, PAGE_SIZE), currentUser.actor());
    }
    return distributions;
  }

  public String getPagerBase() {
    return "/materials/view.xhtml?id=" + (details() == null ? "" : details().id()) + "&d";
  }

  private boolean writable() {
    return details() != null && materialView.isWriter() && details().summary().status() != MaterialStatus.WITHDRAWN;
  }

  /** A writer may print once a version was approved. */
  public boolean isCanRecord() {
    return writable() && details().lastApprovedVersion() > 0;
  }

  public boolean isCanDistribute() {
    return writable() && getStock().onHand() > 0;
  }

  /** The versions that were approved, newest first (the newest is the default). */
  public List<Integer> getApprovedVersions() {
    return details() == null ? List.of() : details().decisions().stream()
        .filter(d -> d.kind() == Decision.Kind.APPROVED).map(Decision::versionNumber).distinct()
        .sorted((a, b) -> b - a).toList();
  }

  /** The versions with copies on hand, oldest first (the oldest is the default). */
  public List<PrintRuns.VersionStock> getVersionsOnHand() {
    return getStock().versions().stream().filter(v -> v.onHand() > 0).toList();
  }

  /** The campaign's meetings, newest first, shown by title and date. */
  public List<MeetingSummary> getMeetingChoices() {
    if (meetingChoices == null) {
      meetingChoices = details() == null ? List.of()
          : meetings.list(details().summary().campaignId(), new PageRequest(0, MEETING_CHOICES), currentUser.actor()).items();
    }
    return meetingChoices;
  }

  /** What was typed into the organisation search ({@code ?org=}). */
  public String getOrganisationQuery() {
    String q = MaterialForms.param("org");
    return q == null ? "" : q.strip();
  }

  /** Organisations whose name matches the search, when there is one. */
  public List<ContactSummary> getOrganisations() {
    if (organisations == null) {
      String q = getOrganisationQuery();
      organisations = q.isEmpty() || q.length() > 200 ? List.of()
          : contacts.search(new ContactQuery(q, ContactKind.ORGANISATION, null, null, null, null, null),
              new PageRequest(0, ORGANISATION_CHOICES), currentUser.actor()).items();
    }
    return organisations;
  }

  public void recordRun() {
    if (details() == null) {
      return;
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    Integer quantity = number(runQuantity, "quantity", errors);
    LocalDate on = Formats.parseDate(runPrintedOn, "printedOn", errors);
    int version = choice(MaterialForms.param("runVersion"));
    if (!errors.isEmpty()) {
      fieldErrors(errors, RUN_IDS);
      return;
    }
    try {
      PrintRuns.PrintRun run = printRuns.record(details().id(),
          new PrintRuns.PrintRunInput(version, quantity == null ? 0 : quantity, on, printer, runNote), currentUser.actor());
      Pages.info("print.recorded", run.quantity(), run.versionNumber());
      Pages.redirect("/materials/view.xhtml?id=" + details().id() + "#print");
    } catch (InvalidInput e) {
      fieldErrors(e, RUN_IDS);
    } catch (Conflict | Forbidden | NotFound e) {
      Pages.error(e.getMessage());
    }
  }

  public void distribute() {
    if (details() == null) {
      return;
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    Integer quantity = number(distQuantity, "quantity", errors);
    LocalDate on = Formats.parseDate(distributedOn, "distributedOn", errors);
    int version = choice(MaterialForms.param("distVersion"));
    PrintRuns.TargetKind kind = kind(MaterialForms.param("targetKind"));
    String targetId = null;
    if (kind == null) {
      errors.add("targetKind", Pages.text("print.error.targetKind"));
    } else if (kind == PrintRuns.TargetKind.MEETING) {
      targetId = MaterialForms.blankToNull(MaterialForms.param("meetingId"));
      if (targetId == null) {
        errors.add("targetId", Pages.text("print.error.meeting"));
      }
    } else if (kind == PrintRuns.TargetKind.ORGANISATION) {
      targetId = MaterialForms.blankToNull(MaterialForms.param("organisationId"));
      if (targetId == null) {
        errors.add("targetId", Pages.text("print.error.organisation"));
      }
    }
    if (!errors.isEmpty()) {
      fieldErrors(errors, DIST_IDS);
      return;
    }
    try {
      PrintRuns.Distribution d = printRuns.distribute(details().id(), new PrintRuns.DistributionInput(version,
          quantity == null ? 0 : quantity, kind, targetId, kind == PrintRuns.TargetKind.EVENT ? eventName : null, on,
          distNote), currentUser.actor());
      Pages.info("print.distributed", d.quantity(), d.targetName());
      Pages.redirect("/materials/view.xhtml?id=" + details().id() + "#print");
    } catch (InvalidInput e) {
      fieldErrors(e, DIST_IDS);
    } catch (Conflict | Forbidden | NotFound e) {
      Pages.error(e.getMessage());
    }
  }

  public String targetLabel(PrintRuns.TargetKind kind) {
    return kind == null ? "" : Pages.text("print.target." + kind.name());
  }

  private static Integer number(String text, String field, InvalidInput.Collector errors) {
    try {
      Integer n = Formats.parseInteger(text);
      if (n == null) {
        errors.add(field, Pages.text("print.error.quantity"));
      }
      return n;
    } catch (NumberFormatException e) {
      errors.add(field, Pages.text("print.error.quantity"));
      return null;
    }
  }

  private static int choice(String value) {
    try {
      Integer n = Formats.parseInteger(value);
      return n == null ? 0 : n;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static PrintRuns.TargetKind kind(String value) {
    try {
      return value == null || value.isBlank() ? null : PrintRuns.TargetKind.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Each error next to its input, labelled in this page's words; others as page messages. */
  private static void fieldErrors(InvalidInput e, Map<String, String> clientIds) {
    FacesContext faces = FacesContext.getCurrentInstance();
    e.fieldErrors().forEach((field, message) -> {
      String label = Pages.text("print.field." + field);
      if (label.startsWith("print.field.")) {
        label = field;
      }
      faces.addMessage(clientIds.get(field), new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + message, null));
    });
    faces.validationFailed();
  }

  private static void fieldErrors(InvalidInput.Collector errors, Map<String, String> clientIds) {
    try {
      errors.throwIfAny();
    } catch (InvalidInput e) {
      fieldErrors(e, clientIds);
    }
  }

  /** The chosen value of a plain select or radio after a failed post, so it stays chosen. */
  public String posted(String name) {
    String v = MaterialForms.param(name);
    return v == null ? "" : v;
  }

  public String getRunQuantity() { return runQuantity; }
  public void setRunQuantity(String runQuantity) { this.runQuantity = runQuantity; }
  public String getRunPrintedOn() { return runPrintedOn; }
  public void setRunPrintedOn(String runPrintedOn) { this.runPrintedOn = runPrintedOn; }
  public String getPrinter() { return printer; }
  public void setPrinter(String printer) { this.printer = printer; }
  public String getRunNote() { return runNote; }
  public void setRunNote(String runNote) { this.runNote = runNote; }
  public String getDistQuantity() { return distQuantity; }
  public void setDistQuantity(String distQuantity) { this.distQuantity = distQuantity; }
  public String getDistributedOn() { return distributedOn; }
  public void setDistributedOn(String distributedOn) { this.distributedOn = distributedOn; }
  public String getEventName() { return eventName; }
  public void setEventName(String eventName) { this.eventName = eventName; }
  public String getDistNote() { return distNote; }
  public void setDistNote(String distNote) { this.distNote = distNote; }
}
