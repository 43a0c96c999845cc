package org.redheart.platform.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The outbox as admins see it: list, open one mail as it would be sent, retry a failed one, send
 * test mails. Callers check the ADMIN role.
 */
public interface OutboxAdmin {

  /** One line of the list. */
  record Entry(
      String id,
      String recipient,
      String subject,
      String template,
      String language,
      MailPurpose purpose,
      MailStatus status,
      int attempts,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant sentAt,
      String lastError) {}

  /** A file listed with its mail (the content is not shown). */
  record AttachmentInfo(String fileName, String contentType, long size) {}

  /** One mail as it would be (or was) sent. */
  record Mail(
      Entry entry,
      String messageId,
      String from,
      Map<String, String> headers,
      String text,
      String html,
      List<AttachmentInfo> attachments) {}

  /** Whether mail can go out now. */
  record QueueState(boolean smtpConfigured, Instant pausedUntil, String pauseReason) {}

  /** Newest first; {@code status} null for all. */
  Page<Entry> list(MailStatus status, PageRequest page);

  /** @throws NotFound for an unknown id */
  Mail get(String id);

  /**
   * Puts a FAILED mail back in the queue, due now, with a fresh retry schedule.
   *
   * @throws Conflict when the mail is not FAILED
   */
  void retryNow(String id);

  /**
   * Enqueues {@code count} (1 to 100) copies of the {@code test-mail} template to {@code to}.
   *
   * @return the outbox ids
   */
  List<String> sendTest(String to, int count, String language, String requestedBy);

  QueueState state();
}
