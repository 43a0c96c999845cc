package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.materials.api.BulletinAudience;
import org.redheart.materials.api.BulletinRecipient;
import org.redheart.materials.api.BulletinSend;
import org.redheart.materials.api.Bulletins;
import org.redheart.materials.api.MaterialDetails;
import org.redheart.materials.api.MaterialKind;
import org.redheart.materials.api.MaterialStatus;
import org.redheart.materials.api.MaterialSummary;
import org.redheart.materials.api.Materials;
import org.redheart.materials.api.RecipientState;
import org.redheart.materials.domain.BulletinItem;
import org.redheart.materials.domain.BulletinRecipientEntry;
import org.redheart.materials.domain.BulletinSendEntry;
import org.redheart.meetings.api.Campaigns;
import org.redheart.network.api.Network;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Jobs;
import org.redheart.platform.api.MailStatus;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Outbox;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;

/**
 * Bulletins (see {@link Bulletins}): what a bulletin includes, its audience, and its sends. Readers
 * of the bulletin (through {@link Materials#get}) see its sends and recipients; only an organiser or
 * supervisor of its campaign changes what it includes or sends it. The send itself is the background
 * job {@link BulletinSendJob}.
 */
@ApplicationScoped
@Transactional
public class DefaultBulletins implements Bulletins {
  static final int MAX_ITEMS = 50;

  @PersistenceContext(unitName = "materials")
  EntityManager em;

  @Inject Materials materials;
  @Inject MaterialLifecycle lifecycle;
  @Inject Campaigns campaigns;
  @Inject Network network;
  @Inject Contacts contacts;
  @Inject Outbox outbox;
  @Inject Jobs jobs;
  @Inject Audit audit;
  Clock clock = Clock.systemUTC();

  @Override
  public MaterialDetails include(String bulletinId, List<String> materialIds, Actor actor) {
    MaterialDetails bulletin = bulletin(bulletinId, actor);
    requireSender(bulletin, actor, "change what a bulletin includes");
    MaterialStatus status = bulletin.summary().status();
    if (status != MaterialStatus.DRAFT && status != MaterialStatus.CHANGES_REQUESTED) {
      throw new Conflict("the bulletin is " + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + ": what it includes changes only while it is a draft");
    }
    List<String> ids = materialIds == null ? List.of()
        : new ArrayList<>(new LinkedHashSet<>(materialIds.stream().filter(Objects::nonNull).map(String::strip).toList()));
    if (ids.size() > MAX_ITEMS) {
      throw new InvalidInput("materialIds", "at most " + MAX_ITEMS + " materials");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id.equals(bulletinId)) {
        errors.add("materialIds[" + i + "]", "a bulletin cannot include itself");
        continue;
      }
      MaterialSummary m;
      try {
        m = materials.get(id, actor).summary();
      } catch (NotFound e) {
        errors.add("materialIds[" + i + "]", "no such material");
        continue;
      }
      if (m.status() != MaterialStatus.APPROVED && m.status() != MaterialStatus.PUBLISHED
          && m.status() != MaterialStatus.PRINTED) {
        errors.add("materialIds[" + i + "]", "\"" + m.title() + "\" is not approved");
      } else if (MaterialKind.BULLETIN.equals(m.kindCode())) {
        errors.add("materialIds[" + i + "]", "a bulletin cannot include another bulletin");
      }
    }
    errors.throwIfAny();
    em.createQuery("delete from BulletinItem i where i.bulletinId = :b").setParameter("b", bulletinId).executeUpdate();
    for (int i = 0; i < ids.size(); i++) {
      em.persist(new BulletinItem(bulletinId, i, ids.get(i)));
    }
    audit.record(actor.userId(), "materials.bulletin.included", "material:" + bulletinId,
        Map.of("materials", String.join(",", ids)));
    return materials.get(bulletinId, actor);
  }

  @Override
  public List<MaterialSummary> included(String bulletinId, Actor actor) {
    bulletin(bulletinId, actor);
    List<MaterialSummary> out = new ArrayList<>();
    for (String id : itemIds(bulletinId)) {
      try {
        out.add(materials.get(id, actor).summary());
      } catch (NotFound | Forbidden e) {
        // a material of another campaign the reader may not see: left out of the reader's list
      }
    }
    return out;
  }

  @Override
  public long audienceSize(BulletinAudience audience, Actor actor) {
    if (actor == null || !actor.hasAny(Role.ORGANISER, Role.SUPERVISOR, Role.ADMIN)) {
      throw new Forbidden("only organisers, supervisors and admins see the size of a bulletin's audience");
    }
    return network.countActive(BulletinDispatch.query(checked(audience)));
  }

  @Override
  public BulletinSend send(String bulletinId, BulletinAudience audience, Actor actor) {
    MaterialDetails bulletin = bulletin(bulletinId, actor);
    requireSender(bulletin, actor, "send a bulletin");
    BulletinAudience a = checked(audience);
    MaterialLifecycle.ApprovedContent content = lifecycle.approvedContent(bulletinId).orElseThrow(() -> new Conflict(
        "only an approved bulletin is sent; this one is "
            + bulletin.summary().status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
    if (bulletin.summary().status() == MaterialStatus.WITHDRAWN) {
      throw new Conflict("the bulletin was withdrawn: it is not sent any more");
    }
    Long running = em.createQuery(
            "select count(s) from BulletinSendEntry s where s.materialId = :m and s.state = :r", Long.class)
        .setParameter("m", bulletinId).setParameter("r", BulletinSendEntry.RUNNING).getSingleResult();
    if (running > 0) {
      throw new Conflict("a send of this bulletin is still running: wait for it to end or cancel it");
    }
    BulletinSendEntry send = new BulletinSendEntry(bulletinId, content.versionNumber(), content.contentHash(), a,
        actor.userId(), clock.instant());
    em.persist(send);
    Jobs.JobStatus job = jobs.start(BulletinSendJob.KIND, Map.of("sendId", send.id()), actor);
    send.startedAs(job.id());
    Map<String, String> details = new LinkedHashMap<>();
    details.put("send", send.id());
    details.put("version", Integer.toString(content.versionNumber()));
    details.put("audience", describe(a));
    if (content.contentHash() != null) {
      details.put("contentHash", content.contentHash());
    }
    audit.record(actor.userId(), "materials.bulletin.send-started", "material:" + bulletinId, details);
    return send.toView();
  }

  @Override
  public List<BulletinSend> sends(String bulletinId, Actor actor) {
    bulletin(bulletinId, actor);
    return em.createQuery("select s from BulletinSendEntry s where s.materialId = :m order by s.startedAt desc, s.id",
            BulletinSendEntry.class)
        .setParameter("m", bulletinId).setMaxResults(200).getResultList().stream().map(BulletinSendEntry::toView).toList();
  }

  @Override
  public BulletinSend getSend(String sendId, Actor actor) {
    return sendOf(sendId, actor).toView();
  }

  @Override
  public Page<BulletinRecipient> recipients(String sendId, RecipientState state, PageRequest page, Actor actor) {
    BulletinSendEntry send = sendOf(sendId, actor);
    PageRequest p = page == null ? new PageRequest(0, 50) : page;
    String where = " where r.sendId = :s" + (state == null ? "" : " and r.state = :st");
    TypedQuery<BulletinRecipientEntry> rows = em.createQuery(
        "select r from BulletinRecipientEntry r" + where + " order by r.contactId", BulletinRecipientEntry.class);
    TypedQuery<Long> count = em.createQuery("select count(r) from BulletinRecipientEntry r" + where, Long.class);
    rows.setParameter("s", send.id());
    count.setParameter("s", send.id());
    if (state != null) {
      rows.setParameter("st", state);
      count.setParameter("st", state);
    }
    List<BulletinRecipientEntry> entries = rows.setFirstResult(p.offset()).setMaxResults(p.size()).getResultList();
    Map<String, ContactSummary> names = contacts.summaries(entries.stream().map(BulletinRecipientEntry::contactId).toList());
    Map<String, MailStatus> statuses = outbox.statuses(
        entries.stream().map(BulletinRecipientEntry::outboxId).filter(Objects::nonNull).toList());
    List<BulletinRecipient> items = entries.stream().map(r -> {
      ContactSummary c = names.get(r.contactId());
      return new BulletinRecipient(r.contactId(), c == null ? null : c.name(), r.state(),
          r.outboxId() == null ? null : statuses.get(r.outboxId()), r.recordedAt());
    }).toList();
    return new Page<>(items, p.page(), p.size(), count.getSingleResult());
  }

  /** The materials a bulletin includes, in order (for the mail and the page). */
  List<String> itemIds(String bulletinId) {
    return em.createQuery("select i.materialId from BulletinItem i where i.bulletinId = :b order by i.position", String.class)
        .setParameter("b", bulletinId).getResultList();
  }

  private BulletinSendEntry sendOf(String sendId, Actor actor) {
    BulletinSendEntry send = sendId == null || sendId.length() > 36 ? null : em.find(BulletinSendEntry.class, sendId);
    if (send == null) {
      throw new NotFound("bulletin send", String.valueOf(sendId));
    }
    bulletin(send.materialId(), actor);
    return send;
  }

  /** The bulletin as the actor may read it (NotFound otherwise); a material of another kind is refused. */
  private MaterialDetails bulletin(String bulletinId, Actor actor) {
    if (bulletinId == null || bulletinId.isBlank()) {
      throw new InvalidInput("bulletinId", "is required");
    }
    MaterialDetails d = materials.get(bulletinId, actor);
    if (!MaterialKind.BULLETIN.equals(d.summary().kindCode())) {
      throw new InvalidInput("bulletinId", "is not a bulletin but a " + d.summary().kindCode());
    }
    return d;
  }

  private void requireSender(MaterialDetails bulletin, Actor actor, String what) {
    if (actor == null || !actor.hasAny(Role.ORGANISER, Role.SUPERVISOR)
        || !campaigns.belongs(bulletin.summary().campaignId(), actor)) {
      throw new Forbidden("only an organiser or supervisor of the bulletin's campaign may " + what);
    }
  }

  /** The audience normalised, or InvalidInput naming the wrong part. */
  static BulletinAudience checked(BulletinAudience audience) {
    BulletinAudience a = BulletinSendEntry.normalise(audience);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (a.countryCode() != null && !a.countryCode().matches("[A-Z]{2}")) {
      errors.add("countryCode", "must be a two-letter ISO country code");
    }
    if (a.language() != null && !a.language().equals("en") && !a.language().equals("bn")) {
      errors.add("language", "must be en or bn");
    }
    if (a.categoryId() != null && a.categoryId() < 1) {
      errors.add("categoryId", "is not a stakeholder category");
    }
    errors.throwIfAny();
    return a;
  }

  static String describe(BulletinAudience a) {
    List<String> parts = new ArrayList<>();
    if (a.countryCode() != null) {
      parts.add("country=" + a.countryCode());
    }
    if (a.categoryId() != null) {
      parts.add("category=" + a.categoryId());
    }
    if (Boolean.TRUE.equals(a.volunteersOnly())) {
      parts.add("volunteers");
    }
    if (a.language() != null) {
      parts.add("language=" + a.language());
    }
    return parts.isEmpty() ? "everyone" : String.join(",", parts);
  }
}
