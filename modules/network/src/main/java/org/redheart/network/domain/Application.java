package org.redheart.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.redheart.network.api.ApplicationDetails;
import org.redheart.network.api.ApplicationForm;
import org.redheart.network.api.ApplicationState;
import org.redheart.network.api.MemberKind;
import org.redheart.platform.api.Conflict;

/**
 * A membership application. Lifecycle: stored PENDING from the public form (the applicant's details
 * live here until approved); a reviewer approves it (it then names the contact and the member it
 * became) or declines it with a reason. Erasure anonymises it: the personal fields are cleared,
 * the state and dates stay for the figures.
 */
@Entity
@Table(name = "net_application")
public class Application {
  @Id private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MemberKind kind;

  private String name;

  @Column(name = "organisation_name")
  private String organisationName;

  private String email;

  @Column(name = "email_norm")
  private String emailNorm;

  private String phone;
  private String country;
  private String district;

  @Column(name = "category_id")
  private Long categoryId;

  private boolean volunteer;

  @Column(name = "help_text")
  private String helpText;

  @Column(nullable = false)
  private String language;

  @Column(name = "bulletin_consent")
  private boolean bulletinConsent;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ApplicationState state;

  @Column(name = "decline_reason")
  private String declineReason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "contact_id")
  private String contactId;

  @Column(name = "member_id")
  private String memberId;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  private boolean anonymised;

  @Version private long version;

  protected Application() {}

  public Application(ApplicationForm form, ApplicationRules.Clean clean, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.kind = form.kind();
    this.name = clean.name();
    this.organisationName = clean.organisationName();
    this.email = clean.email();
    this.emailNorm = ApplicationRules.normaliseEmail(clean.email());
    this.phone = clean.phone();
    this.country = clean.country();
    this.district = clean.district();
    this.categoryId = form.categoryId();
    this.volunteer = form.volunteer();
    this.helpText = clean.helpText();
    this.language = clean.language();
    this.bulletinConsent = form.bulletinConsent();
    this.state = ApplicationState.PENDING;
    this.submittedAt = now;
  }

  public void approve(String reviewerId, String contactId, String memberId, Instant now) {
    requirePending();
    this.state = ApplicationState.APPROVED;
    this.decidedBy = reviewerId;
    this.decidedAt = now;
    this.contactId = contactId;
    this.memberId = memberId;
  }

  public void decline(String reviewerId, String reason, Instant now) {
    requirePending();
    String checked = ApplicationRules.reason(reason);
    this.state = ApplicationState.DECLINED;
    this.decidedBy = reviewerId;
    this.decidedAt = now;
    this.declineReason = checked;
  }

  private void requirePending() {
    if (state != ApplicationState.PENDING) {
      throw new Conflict("application " + id + " was already " + state.name().toLowerCase());
    }
  }

  /** Clears every personal field; state, kind, category and dates stay for the figures. */
  public void anonymise() {
    name = null;
    organisationName = null;
    email = null;
    emailNorm = null;
    phone = null;
    district = null;
    helpText = null;
    declineReason = null;
    anonymised = true;
  }

  /** Points at the surviving contact after a merge. */
  public void repointContact(String survivorId) {
    this.contactId = survivorId;
  }

  public ApplicationDetails toDetails(String reviewTaskId) {
    return new ApplicationDetails(id, kind, name, organisationName, email, phone, country, district, categoryId, volunteer,
        helpText, language, bulletinConsent, state, declineReason, decidedBy, decidedAt, contactId, memberId, submittedAt,
        reviewTaskId);
  }

  public String id() { return id; }
  public MemberKind kind() { return kind; }
  public String name() { return name; }
  public String organisationName() { return organisationName; }
  public String email() { return email; }
  public String phone() { return phone; }
  public String country() { return country; }
  public String district() { return district; }
  public Long categoryId() { return categoryId; }
  public boolean volunteer() { return volunteer; }
  public String helpText() { return helpText; }
  public String language() { return language; }
  public boolean bulletinConsent() { return bulletinConsent; }
  public ApplicationState state() { return state; }
  public String declineReason() { return declineReason; }
  public String contactId() { return contactId; }
  public String memberId() { return memberId; }
}
