package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.contacts.api.ConsentPurpose;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.materials.api.BulletinAudience;
import org.redheart.materials.api.RecipientState;
import org.redheart.materials.domain.BulletinItem;
import org.redheart.materials.domain.BulletinRecipientEntry;
import org.redheart.materials.domain.BulletinSendEntry;
import org.redheart.network.api.MemberQuery;
import org.redheart.network.api.MemberSummary;
import org.redheart.network.api.Network;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.MailPurpose;
import org.redheart.platform.api.Outbox;
import org.redheart.platform.api.OutgoingMail;

/**
 * The steps of a bulletin send, each in its own transaction: one batch of the keyset walk over the
 * active members (consent checked, recipients recorded and mails written to the outbox together, so a
 * crash leaves a batch either wholly done or not at all), and the end of the send.
 */
@ApplicationScoped
@Transactional
public class BulletinDispatch {
  /** The mail template of bulletins. */
  public static final String TEMPLATE = "bulletin";
  /** The public address of the RFC 8058 one-click unsubscribe (POST; a GET leads to the page that asks). */
  public static final String ONE_CLICK_PATH = "/public/unsubscribe/one-click";
  /** The public page that asks before withdrawing consent. */
  public static final String UNSUBSCRIBE_PAGE = "/public/unsubscribe.xhtml";

  @PersistenceContext(unitName = "materials")
  EntityManager em;

  @Inject Network network;
  @Inject Contacts contacts;
  @Inject Outbox outbox;
  @Inject MaterialLifecycle lifecycle;
  @Inject Audit audit;
  Clock clock = Clock.systemUTC();

  /** What a batch did: the last member seen (the checkpoint), counts, or why the send ended. */
  public record BatchResult(String lastMemberId, int queued, int skipped, boolean end, String stopReason) {}

  /** The send, if it is still running. */
  public Optional<BulletinSendEntry> running(String sendId) {
    return Optional.ofNullable(sendId == null ? null : em.find(BulletinSendEntry.class, sendId))
        .filter(BulletinSendEntry::isRunning);
  }

  /** How many active members the send's audience matches now. */
  public long audienceSize(String sendId) {
    BulletinSendEntry send = em.find(BulletinSendEntry.class, sendId);
    return send == null ? 0 : network.countActive(query(send.audience()));
  }

  /**
   * One batch: the next {@code size} active members after {@code afterMemberId}. Members already
   * recorded for this send (a resumed job re-walking a batch) are passed over: nothing is queued twice.
   */
  public BatchResult batch(String sendId, String afterMemberId, int size) {
    BulletinSendEntry send = em.find(BulletinSendEntry.class, sendId);
    if (send == null || !send.isRunning()) {
      return new BatchResult(afterMemberId, 0, 0, true, null);
    }
    // re-checked per batch: a bulletin withdrawn mid-send stops the send
    Optional<MaterialLifecycle.ApprovedContent> content = lifecycle.approvedContent(send.materialId());
    if (content.isEmpty()) {
      return new BatchResult(afterMemberId, 0, 0, true, "the bulletin was withdrawn or is no longer approved");
    }
    if (content.get().versionNumber() != send.versionNumber()) {
      // every recipient of a send gets the same version: a newer one goes out with a send of its own
      return new BatchResult(afterMemberId, 0, 0, true,
          "version " + content.get().versionNumber() + " was approved meanwhile: send it again");
    }
    List<MemberSummary> members = network.activeMembersAfter(query(send.audience()), afterMemberId, size);
    if (members.isEmpty()) {
      return new BatchResult(afterMemberId, 0, 0, true, null);
    }
    List<String> contactIds = members.stream().map(MemberSummary::contactId).distinct().toList();
    Set<String> recorded = new HashSet<>(em.createQuery(
            "select r.contactId from BulletinRecipientEntry r where r.sendId = :s and r.contactId in :c", String.class)
        .setParameter("s", sendId).setParameter("c", contactIds).getResultList());
    Set<String> allowed = contacts.mayContactAll(contactIds, ConsentPurpose.BULLETIN);
    Map<String, ContactSummary> summaries = contacts.summaries(contactIds);
    Mail mail = mail(send, content.get());
    int queued = 0;
    int skipped = 0;
    java.time.Instant now = clock.instant();
    for (MemberSummary m : members) {
      if (!recorded.add(m.contactId())) {
        continue;
      }
      ContactSummary contact = summaries.get(m.contactId());
      String address = contact == null ? null : contact.primaryEmail();
      RecipientState state;
      String outboxId = null;
      if (address == null || address.isBlank()) {
        state = RecipientState.SKIPPED_NO_ADDRESS;
      } else if (!allowed.contains(m.contactId())) {
        state = RecipientState.SKIPPED_NO_CONSENT;
      } else {
        state = RecipientState.QUEUED;
        outboxId = outbox.enqueue(mail.to(address, m, contacts.unsubscribeToken(m.contactId(), ConsentPurpose.BULLETIN),
            network.leaveLink(m.id())));
      }
      em.persist(new BulletinRecipientEntry(sendId, m.contactId(), m.id(), state, outboxId, now));
      if (state == RecipientState.QUEUED) {
        queued++;
      } else {
        skipped++;
      }
    }
    send.counted(queued, skipped);
    return new BatchResult(members.get(members.size() - 1).id(), queued, skipped, false, null);
  }

  /** Ends a running send: SENT marks the bulletin sent (published); other states only record why. */
  public void end(String sendId, String state, String reason) {
    BulletinSendEntry send = em.find(BulletinSendEntry.class, sendId);
    if (send == null || !send.end(state, reason, clock.instant())) {
      return;
    }
    Map<String, String> details = new LinkedHashMap<>();
    details.put("send", send.id());
    details.put("version", Integer.toString(send.versionNumber()));
    details.put("state", state);
    details.put("queued", Long.toString(send.toView().queued()));
    details.put("skipped", Long.toString(send.toView().skipped()));
    if (send.contentHash() != null) {
      details.put("contentHash", send.contentHash());
    }
    if (reason != null) {
      details.put("reason", send.stopReason());
    }
    audit.record(Audit.SYSTEM, "materials.bulletin.send-" + state.toLowerCase(java.util.Locale.ROOT),
        "material:" + send.materialId(), details);
    if (BulletinSendEntry.SENT.equals(state)) {
      lifecycle.markSent(send.materialId(), send.id());
    }
  }

  /** The member query of an audience. */
  public static MemberQuery query(BulletinAudience audience) {
    BulletinAudience a = BulletinSendEntry.normalise(audience);
    return new MemberQuery(null, a.countryCode(), null, a.categoryId(), a.volunteersOnly(), null, a.language());
  }

  private Mail mail(BulletinSendEntry send, MaterialLifecycle.ApprovedContent content) {
    List<String> items = new ArrayList<>();
    for (BulletinItem item : em.createQuery(
            "select i from BulletinItem i where i.bulletinId = :b order by i.position", BulletinItem.class)
        .setParameter("b", send.materialId()).getResultList()) {
      lifecycle.approvedContent(item.materialId()).ifPresent(c -> items.add(c.title()));
    }
    return new Mail(send, content.title(), content.text() == null ? "" : content.text(), List.copyOf(items), baseUrl());
  }

  /** The content of one send's mails; only the links differ per member. */
  record Mail(BulletinSendEntry send, String title, String text, List<String> items, String baseUrl) {
    OutgoingMail to(String address, MemberSummary member, String unsubscribeToken, String leaveLink) {
      String token = URLEncoder.encode(unsubscribeToken, StandardCharsets.UTF_8);
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("bulletinTitle", title);
      model.put("text", text);
      model.put("items", items);
      model.put("name", member.name() == null ? "" : member.name());
      model.put("unsubscribeLink", baseUrl + UNSUBSCRIBE_PAGE + "?t=" + token);
      model.put("leaveLink", leaveLink);
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("List-Unsubscribe", "<" + baseUrl + ONE_CLICK_PATH + "?t=" + token + ">");
      headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      String language = "bn".equals(member.language()) ? "bn" : "en";
      return new OutgoingMail(address, language, TEMPLATE, model, MailPurpose.BULLETIN, List.of(), headers,
          member.contactId());
    }
  }

  static String baseUrl() {
    String configured = ConfigProvider.getConfig().getOptionalValue("redheart.public-base-url", String.class)
        .orElse("http://localhost:8080");
    return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
  }
}
