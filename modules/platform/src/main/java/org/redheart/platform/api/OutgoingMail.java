package org.redheart.platform.api;

import java.util.List;
import java.util.Map;

/**
 * A mail to enqueue: one recipient, the template (by name, rendered in {@code language} — "en" or
 * "bn"), a small model of primitives and strings, the purpose it relies on, attachments (such as
 * calendar files) and extra headers. {@code subjectId} names the person or thing it is about (an
 * id, for erasure and for finding it again).
 */
public record OutgoingMail(
    String recipient,
    String language,
    String template,
    Map<String, Object> model,
    MailPurpose purpose,
    List<Attachment> attachments,
    Map<String, String> headers,
    String subjectId) {

  /** A file sent with the mail. */
  public record Attachment(String fileName, String contentType, byte[] content) {}

  public static OutgoingMail of(String recipient, String language, String template, Map<String, Object> model, MailPurpose purpose) {
    return new OutgoingMail(recipient, language, template, model, purpose, List.of(), Map.of(), null);
  }
}
