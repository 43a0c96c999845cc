package org.redheart.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.MailPurpose;
import org.redheart.platform.api.MailStatus;

/**
 * A rendered mail in the outbox. Written in the business transaction that causes it (PENDING, or
 * HELD when no SMTP server is configured); the dispatcher then leases it, sends it and records
 * SENT, a retry time, FAILED, BOUNCED or SUPPRESSED. Its Message-ID is fixed at enqueue
 * ({@code <id@host>}), so a mail sent twice after a crash is recognisable.
 */
@Entity
@Table(name = "plt_outbox")
public class OutboxMessage {
  @Id private String id;

  @Column(name = "message_id", nullable = false)
  private String messageId;

  @Column(nullable = false)
  private String recipient;

  @Column(name = "recipient_hash", nullable = false)
  private String recipientHash;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private String template;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MailPurpose purpose;

  @Column(name = "subject_ref")
  private String subjectRef;

  @Column(nullable = false)
  private String subject;

  @Column(name = "body_text", nullable = false)
  private String bodyText;

  @Column(name = "body_html", nullable = false)
  private String bodyHtml;

  @Column(name = "extra_headers")
  private String extraHeaders;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MailStatus status;

  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "lease_owner")
  private String leaseOwner;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Version private long version;

  protected OutboxMessage() {}

  public OutboxMessage(String host, String recipient, String language, String template, MailPurpose purpose,
      String subjectRef, RenderedMail rendered, String extraHeaders, boolean held) {
    this.id = UUID.randomUUID().toString();
    this.messageId = "<" + id + "@" + host + ">";
    this.recipient = recipient.strip();
    this.recipientHash = Addresses.hash(recipient);
    this.language = language;
    this.template = template;
    this.purpose = purpose;
    this.subjectRef = subjectRef;
    this.subject = rendered.subject();
    this.bodyText = rendered.text();
    this.bodyHtml = rendered.html();
    this.extraHeaders = extraHeaders;
    this.status = held ? MailStatus.HELD : MailStatus.PENDING;
    this.createdAt = Instant.now();
    this.nextAttemptAt = createdAt;
  }

  /** An admin's "retry now": only for a FAILED mail; due now with a fresh retry schedule. */
  public void retryNow(Instant now) {
    if (status != MailStatus.FAILED) {
      throw new Conflict("only a failed mail can be retried (this one is " + status + ")");
    }
    status = MailStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now;
    leaseOwner = null;
    leaseUntil = null;
  }

  public String id() { return id; }
  public String messageId() { return messageId; }
  public String recipient() { return recipient; }
  public String language() { return language; }
  public String template() { return template; }
  public MailPurpose purpose() { return purpose; }
  public String subjectRef() { return subjectRef; }
  public String subject() { return subject; }
  public String bodyText() { return bodyText; }
  public String bodyHtml() { return bodyHtml; }
  public String extraHeaders() { return extraHeaders; }
  public MailStatus status() { return status; }
  public int attempts() { return attempts; }
  public Instant nextAttemptAt() { return nextAttemptAt; }
  public String lastError() { return lastError; }
  public Instant createdAt() { return createdAt; }
  public Instant sentAt() { return sentAt; }
}
