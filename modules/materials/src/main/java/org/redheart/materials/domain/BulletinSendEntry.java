package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.redheart.materials.api.BulletinAudience;
import org.redheart.materials.api.BulletinSend;

/**
 * One send of a bulletin's approved version to an audience, run by a background job. It is RUNNING
 * until the walk over the members ends (SENT), a withdrawal of the bulletin stops it (STOPPED), or
 * the job is cancelled or fails.
 */
@Entity
@Table(name = "mat_bulletin_send")
public class BulletinSendEntry {
  public static final String RUNNING = "RUNNING";
  public static final String SENT = "SENT";
  public static final String STOPPED = "STOPPED";
  public static final String CANCELLED = "CANCELLED";
  public static final String FAILED = "FAILED";

  @Id private String id;

  @Column(name = "material_id", nullable = false)
  private String materialId;

  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  @Column(name = "content_hash")
  private String contentHash;

  @Column(name = "audience_country")
  private String audienceCountry;

  @Column(name = "audience_category")
  private Long audienceCategory;

  @Column(name = "audience_volunteers")
  private Boolean audienceVolunteers;

  @Column(name = "audience_language")
  private String audienceLanguage;

  @Column(name = "job_id")
  private String jobId;

  @Column(nullable = false)
  private String state;

  private long matched;
  private long queued;
  private long skipped;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "stop_reason")
  private String stopReason;

  @Version private long version;

  protected BulletinSendEntry() {}

  public BulletinSendEntry(String materialId, int versionNumber, String contentHash, BulletinAudience audience,
      String startedBy, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.materialId = materialId;
    this.versionNumber = versionNumber;
    this.contentHash = contentHash;
    BulletinAudience a = normalise(audience);
    this.audienceCountry = a.countryCode();
    this.audienceCategory = a.categoryId();
    this.audienceVolunteers = a.volunteersOnly();
    this.audienceLanguage = a.language();
    this.state = RUNNING;
    this.startedBy = startedBy;
    this.startedAt = now;
  }

  /** The audience with blanks as null, the country upper case and the language lower case. */
  public static BulletinAudience normalise(BulletinAudience audience) {
    if (audience == null) {
      return BulletinAudience.everyone();
    }
    String country = audience.countryCode() == null || audience.countryCode().isBlank() ? null
        : audience.countryCode().strip().toUpperCase(Locale.ROOT);
    String language = audience.language() == null || audience.language().isBlank() ? null
        : audience.language().strip().toLowerCase(Locale.ROOT);
    Boolean volunteers = Boolean.TRUE.equals(audience.volunteersOnly()) ? Boolean.TRUE : null;
    return new BulletinAudience(country, audience.categoryId(), volunteers, language);
  }

  public void startedAs(String jobId) {
    this.jobId = jobId;
  }

  /** A batch of the walk went out: {@code queued} mails written, {@code skipped} members left out. */
  public void counted(long queued, long skipped) {
    this.matched += queued + skipped;
    this.queued += queued;
    this.skipped += skipped;
  }

  /** Ends the send in a final state (SENT, STOPPED, CANCELLED or FAILED); false when it had ended already. */
  public boolean end(String finalState, String reason, Instant now) {
    if (!isRunning()) {
      return false;
    }
    this.state = finalState;
    this.stopReason = reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
    this.finishedAt = now;
    return true;
  }

  public boolean isRunning() {
    return RUNNING.equals(state);
  }

  public String id() {
    return id;
  }

  public String materialId() {
    return materialId;
  }

  public int versionNumber() {
    return versionNumber;
  }

  public String contentHash() {
    return contentHash;
  }

  public String jobId() {
    return jobId;
  }

  public String state() {
    return state;
  }

  public String stopReason() {
    return stopReason;
  }

  public String startedBy() {
    return startedBy;
  }

  public BulletinAudience audience() {
    return new BulletinAudience(audienceCountry, audienceCategory, audienceVolunteers, audienceLanguage);
  }

  public BulletinSend toView() {
    return new BulletinSend(id, materialId, versionNumber, audience(), jobId, state, matched, queued, skipped, startedBy,
        startedAt, finishedAt);
  }
}
