package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.redheart.materials.api.ConcernKind;
import org.redheart.materials.api.ConcernState;
import org.redheart.materials.api.ConcernSubject;
import org.redheart.materials.api.ConcernView;
import org.redheart.materials.api.ReferralTarget;

/**
 * A safeguarding concern about a material or a meeting, or a disclosure recorded at a meeting. It is
 * RAISED by anyone who may read its subject (its {@code SafeguardingConcernProcess} tells the
 * safeguarding leads and withdraws a material), REFERRED by a safeguarding lead (where to, the
 * receiver's reference, the day: structured fields, no victim details), then CLOSED by a lead with an
 * outcome. The subject's title is kept as it was when the concern was raised, so the concern still
 * reads after the subject is withdrawn.
 */
@Entity
@Table(name = "mat_concern")
public class Concern {

  @Id private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, length = 20)
  private ConcernSubject subject;

  @Column(name = "subject_id", nullable = false, length = 36)
  private String subjectId;

  @Column(name = "subject_title", nullable = false, length = 300)
  private String subjectTitle;

  @Column(name = "campaign_id", length = 36)
  private String campaignId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ConcernKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ConcernState state;

  @Column(nullable = false, length = 1000)
  private String summary;

  @Column(name = "raised_by", nullable = false, length = 36)
  private String raisedBy;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(name = "item_withdrawn", nullable = false)
  private boolean itemWithdrawn;

  @Enumerated(EnumType.STRING)
  @Column(name = "referral_target", length = 30)
  private ReferralTarget referralTarget;

  @Column(name = "referral_organisation", length = 200)
  private String referralOrganisation;

  @Column(name = "referral_reference", length = 100)
  private String referralReference;

  @Column(name = "referred_on")
  private LocalDate referredOn;

  @Column(name = "referral_note", length = 1000)
  private String referralNote;

  @Column(name = "referred_by", length = 36)
  private String referredBy;

  @Column(name = "referred_at")
  private Instant referredAt;

  @Column(length = 1000)
  private String outcome;

  @Column(name = "closed_by", length = 36)
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  protected Concern() {}

  public Concern(ConcernRules.Raised raised, String subjectTitle, String campaignId, String raisedBy, Instant raisedAt) {
    this.id = UUID.randomUUID().toString();
    this.subject = raised.subject();
    this.subjectId = raised.subjectId();
    this.kind = raised.kind();
    this.summary = raised.summary();
    this.subjectTitle = ConcernRules.title(subjectTitle);
    this.campaignId = campaignId;
    this.raisedBy = raisedBy;
    this.raisedAt = raisedAt;
    this.state = ConcernState.RAISED;
  }

  /** The material was withdrawn because of this concern (or had been withdrawn before). */
  public void itemWithdrawn() {
    this.itemWithdrawn = true;
  }

  /** Records the referral; only a RAISED concern is referred. */
  public void refer(ConcernRules.Referral referral, String by, Instant at) {
    if (state != ConcernState.RAISED) {
      throw new IllegalStateException("a " + state + " concern cannot be referred");
    }
    this.referralTarget = referral.target();
    this.referralOrganisation = referral.organisation();
    this.referralReference = referral.reference();
    this.referredOn = referral.referredOn();
    this.referralNote = referral.note();
    this.referredBy = by;
    this.referredAt = at;
    this.state = ConcernState.REFERRED;
  }

  /** Closes a REFERRED concern with its outcome. */
  public void close(String checkedOutcome, String by, Instant at) {
    if (state != ConcernState.REFERRED) {
      throw new IllegalStateException("a " + state + " concern cannot be closed");
    }
    this.outcome = checkedOutcome;
    this.closedBy = by;
    this.closedAt = at;
    this.state = ConcernState.CLOSED;
  }

  public ConcernView toView(String openTaskId) {
    return new ConcernView(id, subject, subjectId, subjectTitle, kind, state, summary, raisedBy, raisedAt, itemWithdrawn,
        referralTarget, referralOrganisation, referralReference, referredOn, referralNote, referredBy, outcome, closedBy,
        closedAt, openTaskId);
  }

  public String id() { return id; }

  public ConcernSubject subject() { return subject; }

  public String subjectId() { return subjectId; }

  public String subjectTitle() { return subjectTitle; }

  public String campaignId() { return campaignId; }

  public ConcernKind kind() { return kind; }

  public ConcernState state() { return state; }

  public String summary() { return summary; }

  public String raisedBy() { return raisedBy; }

  public boolean isItemWithdrawn() { return itemWithdrawn; }

  public ReferralTarget referralTarget() { return referralTarget; }
}
