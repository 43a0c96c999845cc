package org.redheart.platform.application;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a stored outbox row into the MIME message that goes out: multipart/alternative (text,
 * HTML) inside multipart/mixed when there are attachments, UTF-8 throughout, and the row's fixed
 * Message-ID (Jakarta Mail would otherwise make a new one on every send).
 */
public final class MailComposer {
  private MailComposer() {}

  /** A row as the dispatcher reads it. */
  public record StoredMail(String id, String messageId, String recipient, String subject, String text, String html,
      String extraHeaders, Instant createdAt, List<StoredAttachment> attachments) {}

  public record StoredAttachment(String fileName, String contentType, byte[] content) {}

  public static MimeMessage compose(Session session, String from, StoredMail mail) throws MessagingException {
    MimeMessage message = new FixedIdMessage(session, mail.messageId());
    message.setFrom(parseFrom(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), false));
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(Date.from(mail.createdAt()));
    headers(mail.extraHeaders()).forEach((name, value) -> {
      try {
        message.setHeader(name, value);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    });
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), "UTF-8", "html");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    if (mail.attachments().isEmpty()) {
      message.setContent(alternative);
    } else {
      MimeMultipart mixed = new MimeMultipart("mixed");
      MimeBodyPart body = new MimeBodyPart();
      body.setContent(alternative);
      mixed.addBodyPart(body);
      for (StoredAttachment a : mail.attachments()) {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
        part.setFileName(a.fileName());
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        mixed.addBodyPart(part);
      }
      message.setContent(mixed);
    }
    message.saveChanges();
    return message;
  }

  static InternetAddress parseFrom(String from) throws MessagingException {
    InternetAddress[] parsed = InternetAddress.parse(from, true);
    if (parsed.length != 1) {
      throw new MessagingException("redheart.smtp.from must be one address: " + from);
    }
    InternetAddress a = parsed[0];
    if (a.getPersonal() != null) {
      try {
        a.setPersonal(a.getPersonal(), StandardCharsets.UTF_8.name());
      } catch (UnsupportedEncodingException e) {
        throw new IllegalStateException(e);
      }
    }
    return a;
  }

  /** Extra headers are stored one per line as {@code Name: value}. */
  public static Map<String, String> headers(String stored) {
    Map<String, String> map = new LinkedHashMap<>();
    if (stored == null || stored.isBlank()) {
      return map;
    }
    for (String line : stored.split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        map.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    return map;
  }

  /** A message whose Message-ID stays the one given. */
  static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
