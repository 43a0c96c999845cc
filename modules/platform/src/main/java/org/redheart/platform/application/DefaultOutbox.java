package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.MailPurpose;
import org.redheart.platform.api.MailStatus;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Outbox;
import org.redheart.platform.api.OutboxAdmin;
import org.redheart.platform.api.OutgoingMail;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.domain.Addresses;
import org.redheart.platform.domain.OutboxAttachment;
import org.redheart.platform.domain.OutboxMessage;
import org.redheart.platform.domain.RenderedMail;

/**
 * Writes mail to the outbox in the caller's transaction (rendered at once, so that what is sent is
 * what the business change saw) and serves the admin's view of it.
 */
@ApplicationScoped
@Transactional
public class DefaultOutbox implements Outbox, OutboxAdmin {
  static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
  private static final java.util.regex.Pattern HEADER_NAME = java.util.regex.Pattern.compile("X-[A-Za-z0-9-]{1,60}|List-Unsubscribe(-Post)?|Reply-To|Auto-Submitted|Precedence");

  private final MailTemplates templates = new MailTemplates();

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Override
  public String enqueue(OutgoingMail mail) {
    if (mail == null) {
      throw new InvalidInput("mail", "is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (!Addresses.isValid(mail.recipient())) {
      errors.add("recipient", "is not an e-mail address");
    }
    if (mail.purpose() == null) {
      errors.add("purpose", "is required");
    }
    if (mail.subjectId() != null && mail.subjectId().length() > 100) {
      errors.add("subjectId", "is longer than 100 characters");
    }
    String headers = headers(mail.headers(), errors);
    List<OutgoingMail.Attachment> attachments = mail.attachments() == null ? List.of() : mail.attachments();
    for (int i = 0; i < attachments.size(); i++) {
      OutgoingMail.Attachment a = attachments.get(i);
      if (a == null || a.fileName() == null || a.fileName().isBlank() || a.fileName().length() > 255
          || a.fileName().matches(".*[\\r\\n\\\\/].*") || a.content() == null || a.content().length > MAX_ATTACHMENT_BYTES
          || a.contentType() == null || !a.contentType().matches("[a-zA-Z0-9.+-]+/[a-zA-Z0-9.+-]+(;\\s*[a-zA-Z-]+=[\"a-zA-Z0-9.+-]+)*")) {
        errors.add("attachments[" + i + "]", "needs a plain file name, a content type and at most 10 MB of content");
      }
    }
    errors.throwIfAny();
    RenderedMail rendered = templates.render(mail.template(), mail.language(), mail.model());
    MailSettings settings = settings();
    OutboxMessage message = new OutboxMessage(settings.messageIdHost(), mail.recipient(), mail.language(), mail.template(),
        mail.purpose(), mail.subjectId(), rendered, headers, !settings.smtpConfigured());
    em.persist(message);
    if (!attachments.isEmpty()) {
      // no mapping links the two entities, so EclipseLink may order the attachment's insert first: the
      // message row must exist before the attachment's foreign key names it
      em.flush();
    }
    for (int i = 0; i < attachments.size(); i++) {
      OutgoingMail.Attachment a = attachments.get(i);
      em.persist(new OutboxAttachment(message.id(), i, a.fileName(), a.contentType(), a.content()));
    }
    return message.id();
  }

  @Override
  public Map<String, MailStatus> statuses(java.util.Collection<String> ids) {
    Map<String, MailStatus> out = new LinkedHashMap<>();
    List<String> wanted = ids == null ? List.of()
        : ids.stream().filter(java.util.Objects::nonNull).filter(id -> id.length() <= 36).distinct().toList();
    for (int from = 0; from < wanted.size(); from += 500) {
      em.createQuery("select m.id, m.status from OutboxMessage m where m.id in :ids", Object[].class)
          .setParameter("ids", wanted.subList(from, Math.min(wanted.size(), from + 500)))
          .getResultList()
          .forEach(r -> out.put((String) r[0], (MailStatus) r[1]));
    }
    return out;
  }

  private static String headers(Map<String, String> headers, InvalidInput.Collector errors) {
    if (headers == null || headers.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    headers.forEach((name, value) -> {
      if (name == null || !HEADER_NAME.matcher(name).matches() || value == null || value.length() > 900
          || value.chars().anyMatch(ch -> ch == '\r' || ch == '\n')) {
        errors.add("headers", "header " + name + " is not allowed (X-…, List-Unsubscribe, Reply-To, one line)");
      } else {
        sb.append(name).append(": ").append(value).append('\n');
      }
    });
    return sb.length() > 4000 ? null : sb.toString();
  }

  @Override
  public Page<Entry> list(MailStatus status, PageRequest page) {
    String where = status == null ? "" : " where m.status = :s";
    TypedQuery<OutboxMessage> q = em.createQuery("select m from OutboxMessage m" + where + " order by m.createdAt desc, m.id",
        OutboxMessage.class);
    TypedQuery<Long> count = em.createQuery("select count(m) from OutboxMessage m" + where, Long.class);
    if (status != null) {
      q.setParameter("s", status);
      count.setParameter("s", status);
    }
    List<Entry> items = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
        .map(DefaultOutbox::entry).toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  public Mail get(String id) {
    OutboxMessage m = find(id);
    List<AttachmentInfo> attachments = em.createQuery(
            "select a from OutboxAttachment a where a.outboxId = :id order by a.seqNo", OutboxAttachment.class)
        .setParameter("id", m.id()).getResultStream()
        .map(a -> new AttachmentInfo(a.fileName(), a.contentType(), a.size())).toList();
    return new Mail(entry(m), m.messageId(), settings().from(), MailComposer.headers(m.extraHeaders()), m.bodyText(),
        m.bodyHtml(), attachments);
  }

  @Override
  public void retryNow(String id) {
    find(id).retryNow(Instant.now());
  }

  @Override
  public List<String> sendTest(String to, int count, String language, String requestedBy) {
    if (count < 1 || count > 100) {
      throw new InvalidInput("count", "must be between 1 and 100");
    }
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("sequence", i);
      model.put("count", count);
      model.put("requestedBy", requestedBy == null ? "" : requestedBy);
      ids.add(enqueue(new OutgoingMail(to, language == null ? "en" : language, "test-mail", model, MailPurpose.STAFF_NOTICE,
          List.of(), Map.of("X-Redheart-Test", Integer.toString(i)), null)));
    }
    return ids;
  }

  @Override
  public QueueState state() {
    Object[] row = (Object[]) em.createNativeQuery("select paused_until, pause_reason from plt_mail_control where id = 'queue'")
        .getSingleResult();
    Instant until = row[0] instanceof Timestamp t ? t.toInstant() : null;
    if (until != null && until.isBefore(Instant.now())) {
      until = null;
    }
    return new QueueState(settings().smtpConfigured(), until, until == null ? null : (String) row[1]);
  }

  private OutboxMessage find(String id) {
    OutboxMessage m = id == null || id.length() > 36 ? null : em.find(OutboxMessage.class, id);
    if (m == null) {
      throw new NotFound("mail", String.valueOf(id));
    }
    return m;
  }

  private static Entry entry(OutboxMessage m) {
    return new Entry(m.id(), m.recipient(), m.subject(), m.template(), m.language(), m.purpose(), m.status(), m.attempts(),
        m.createdAt(), m.nextAttemptAt(), m.sentAt(), m.lastError());
  }

  static MailSettings settings() {
    return MailSettings.from(ConfigProvider.getConfig());
  }
}
