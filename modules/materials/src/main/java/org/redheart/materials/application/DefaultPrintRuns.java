package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.materials.api.Decision;
import org.redheart.materials.api.MaterialKind;
import org.redheart.materials.api.MaterialStatus;
import org.redheart.materials.api.PrintRuns;
import org.redheart.materials.domain.BadgeCount;
import org.redheart.materials.domain.ContentHash;
import org.redheart.materials.domain.DistributionEntry;
import org.redheart.materials.domain.Material;
import org.redheart.materials.domain.MaterialVersion;
import org.redheart.materials.domain.PrintRules;
import org.redheart.materials.domain.PrintRunEntry;
import org.redheart.materials.domain.PrintStock;
import org.redheart.meetings.api.InvitationStatus;
import org.redheart.meetings.api.InviteeData;
import org.redheart.meetings.api.Invitees;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.meetings.api.Campaigns;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;

/**
 * {@link PrintRuns}: organisers and supervisors of the material's campaign record print runs (of a
 * version that was approved) and distributions (never more than the version has on hand: the
 * material's row is locked while the stock is counted, so two distributions at once cannot both take
 * the last copies); its readers see them. Every record is audited with the printed version's content.
 */
@ApplicationScoped
@Transactional
public class DefaultPrintRuns implements PrintRuns {
  static final int MAX_RUNS = 500;
  static final int MAX_OF_MEETING = 200;
  static final int MAX_BADGE_MATERIALS = 20;
  /** Statuses of a speaker who is not coming. */
  static final Set<String> NOT_COMING = Set.of(InvitationStatus.DECLINED, InvitationStatus.DELEGATED,
      InvitationStatus.WITHDRAWN, InvitationStatus.CANCELLED);

  @PersistenceContext(unitName = "materials")
  EntityManager em;

  @Inject DefaultMaterials materials;
  @Inject Campaigns campaigns;
  @Inject Meetings meetings;
  @Inject Invitees invitees;
  @Inject Contacts contacts;
  @Inject Audit audit;

  Clock clock = Clock.systemUTC();

  @Override
  public PrintRun record(String materialId, PrintRunInput input, Actor actor) {
    Material m = writable(materialId, actor);
    PrintRules.check(input, today());
    if (m.status() == MaterialStatus.WITHDRAWN) {
      throw new Conflict("the material is withdrawn: it is not printed any more");
    }
    if (m.lastApprovedVersion() == 0) {
      throw new Conflict("the material has no approved version: only an approved version is printed");
    }
    int number = input.versionNumber() == 0 ? m.lastApprovedVersion() : input.versionNumber();
    if (!wasApproved(m, number)) {
      throw new InvalidInput("versionNumber", "version " + number + " was never approved: only an approved version is printed");
    }
    em.lock(m, LockModeType.PESSIMISTIC_WRITE);
    MaterialVersion v = MaterialQueries.version(em, m.id(), number);
    Instant now = clock.instant();
    PrintRunEntry run = new PrintRunEntry(m.id(), number, input.quantity(), input.printedOn(),
        PrintRules.optional(input.printer()), PrintRules.optional(input.note()), actor.userId(), now);
    em.persist(run);
    String content = canonical(v);
    audit.record(actor.userId(), "material.print-run-recorded", DefaultMaterials.subject(m),
        Map.of("printRun", run.id(), "version", String.valueOf(number), "quantity", String.valueOf(input.quantity()),
            "printedOn", input.printedOn().toString()), content);
    if (m.status() == MaterialStatus.APPROVED || m.status() == MaterialStatus.PUBLISHED) {
      MaterialStatus before = m.status();
      m.moveTo(MaterialStatus.PRINTED, now);
      audit.record(actor.userId(), "material.printed", DefaultMaterials.subject(m),
          Map.of("version", String.valueOf(number), "printRun", run.id(), "from", before.name()), content);
    }
    flush();
    return run.toView();
  }

  @Override
  public Distribution distribute(String materialId, DistributionInput input, Actor actor) {
    Material m = writable(materialId, actor);
    PrintRules.check(input, today());
    if (m.status() == MaterialStatus.WITHDRAWN) {
      throw new Conflict("the material is withdrawn: its copies are not given out any more");
    }
    String[] target = target(m, input);
    em.lock(m, LockModeType.PESSIMISTIC_WRITE);
    PrintStock stock = stockOf(m.id());
    int number = stock.versionFor(input.versionNumber());
    LocalDate firstPrinted = em.createQuery(
            "select min(r.printedOn) from PrintRunEntry r where r.materialId = :m and r.versionNumber = :n",
            LocalDate.class)
        .setParameter("m", m.id())
        .setParameter("n", number)
        .getSingleResult();
    if (firstPrinted != null && input.distributedOn().isBefore(firstPrinted)) {
      throw new InvalidInput("distributedOn", "is before version " + number + " was first printed (" + firstPrinted + ")");
    }
    stock.checkTake(number, input.quantity());
    DistributionEntry d = new DistributionEntry(m.id(), number, input.quantity(), input.targetKind(), target[0],
        target[1], input.distributedOn(), PrintRules.optional(input.note()), actor.userId(), clock.instant());
    em.persist(d);
    Map<String, String> details = new LinkedHashMap<>();
    details.put("distribution", d.id());
    details.put("version", String.valueOf(number));
    details.put("quantity", String.valueOf(input.quantity()));
    details.put("target", input.targetKind().name() + (target[0] == null ? "" : ":" + target[0]));
    details.put("onHand", String.valueOf(stock.onHand(number) - input.quantity()));
    audit.record(actor.userId(), "material.distributed", DefaultMaterials.subject(m), details,
        canonical(MaterialQueries.version(em, m.id(), number)));
    flush();
    return d.toView();
  }

  @Override
  public Stock stock(String materialId, Actor actor) {
    Material m = readable(materialId, actor);
    return stockOf(m.id()).view(m.id());
  }

  @Override
  public List<PrintRun> runs(String materialId, Actor actor) {
    Material m = readable(materialId, actor);
    return em.createQuery(
            "select r from PrintRunEntry r where r.materialId = :m order by r.recordedAt desc, r.id", PrintRunEntry.class)
        .setParameter("m", m.id())
        .setMaxResults(MAX_RUNS)
        .getResultStream()
        .map(PrintRunEntry::toView)
        .toList();
  }

  @Override
  public Page<Distribution> distributions(String materialId, PageRequest page, Actor actor) {
    Material m = readable(materialId, actor);
    List<Distribution> items = em.createQuery(
            "select d from DistributionEntry d where d.materialId = :m order by d.recordedAt desc, d.id",
            DistributionEntry.class)
        .setParameter("m", m.id())
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultStream()
        .map(DistributionEntry::toView)
        .toList();
    long total = em.createQuery("select count(d) from DistributionEntry d where d.materialId = :m", Long.class)
        .setParameter("m", m.id())
        .getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  public List<Distribution> ofMeeting(String meetingId, Actor actor) {
    MeetingSummary meeting = readableMeeting(meetingId, actor);
    return em.createQuery(
            "select d from DistributionEntry d where d.targetKind = :k and d.targetId = :t "
                + "order by d.recordedAt desc, d.id", DistributionEntry.class)
        .setParameter("k", TargetKind.MEETING)
        .setParameter("t", meeting.id())
        .setMaxResults(MAX_OF_MEETING)
        .getResultStream()
        .map(DistributionEntry::toView)
        .toList();
  }

  @Override
  public BadgeSuggestion badgesFor(String meetingId, Actor actor) {
    MeetingSummary meeting = readableMeeting(meetingId, actor);
    int speakers = speakers(meeting.id(), actor);
    List<String> badgeMaterials = em.createQuery(
            "select m.id from Material m where m.campaignId = :c and m.kindCode = :k order by m.updatedAt desc, m.id",
            String.class)
        .setParameter("c", meeting.campaignId())
        .setParameter("k", MaterialKind.BADGE)
        .getResultList();
    long given = badgeMaterials.isEmpty() ? 0 : em.createQuery(
            "select coalesce(sum(d.quantity), 0) from DistributionEntry d where d.targetKind = :k and d.targetId = :t "
                + "and d.materialId in :ms", Number.class)
        .setParameter("k", TargetKind.MEETING)
        .setParameter("t", meeting.id())
        .setParameter("ms", badgeMaterials)
        .getSingleResult().longValue();
    List<Stock> onHand = new ArrayList<>();
    if (!badgeMaterials.isEmpty()) {
      Map<String, Map<Integer, Long>> printed = sums("PrintRunEntry", badgeMaterials);
      Map<String, Map<Integer, Long>> distributed = sums("DistributionEntry", badgeMaterials);
      for (String id : badgeMaterials) {
        Stock s = new PrintStock(printed.getOrDefault(id, Map.of()), distributed.getOrDefault(id, Map.of())).view(id);
        if (s.onHand() > 0 && onHand.size() < MAX_BADGE_MATERIALS) {
          onHand.add(s);
        }
      }
    }
    int expected = meeting.expectedParticipants();
    return new BadgeSuggestion(meeting.id(), expected, speakers, BadgeCount.margin(expected, speakers), given,
        BadgeCount.suggested(expected, speakers, given), List.copyOf(onHand));
  }

  // ---------------------------------------------------------------- helpers

  /** The target's id and name: a meeting of the material's campaign, an organisation, or an event's name. */
  private String[] target(Material m, DistributionInput input) {
    switch (input.targetKind()) {
      case MEETING -> {
        String id = input.targetId().strip();
        MeetingSummary meeting = meetings.summaries(List.of(id)).get(id);
        if (meeting == null) {
          throw new InvalidInput("targetId", "is not a known meeting");
        }
        if (!m.campaignId().equals(meeting.campaignId())) {
          throw new InvalidInput("targetId", "is a meeting of another campaign: only the material's campaign's meetings");
        }
        return new String[] {meeting.id(), cut(meeting.title())};
      }
      case ORGANISATION -> {
        String id = input.targetId().strip();
        ContactSummary contact = contacts.summaries(List.of(id)).get(id);
        if (contact == null || contact.kind() != ContactKind.ORGANISATION) {
          throw new InvalidInput("targetId", "is not an organisation among the contacts");
        }
        return new String[] {contact.id(), cut(contact.name())};
      }
      default -> {
        return new String[] {null, input.targetName().strip()};
      }
    }
  }

  private static String cut(String name) {
    String n = name == null || name.isBlank() ? "-" : name.strip();
    return n.length() > PrintRules.MAX_TARGET_NAME ? n.substring(0, PrintRules.MAX_TARGET_NAME) : n;
  }

  /** Speakers invited to the meeting and still coming (speakers are listed first). */
  private int speakers(String meetingId, Actor actor) {
    int count = 0;
    for (int page = 0; page < 20; page++) {
      Page<InviteeData> p = invitees.list(meetingId, new PageRequest(page, 100), actor);
      for (InviteeData i : p.items()) {
        if (!InviteeData.SPEAKER.equals(i.kind())) {
          return count;
        }
        if (!NOT_COMING.contains(i.status())) {
          count++;
        }
      }
      if (page + 1 >= p.pageCount()) {
        break;
      }
    }
    return count;
  }

  private PrintStock stockOf(String materialId) {
    return new PrintStock(sums("PrintRunEntry", List.of(materialId)).getOrDefault(materialId, Map.of()),
        sums("DistributionEntry", List.of(materialId)).getOrDefault(materialId, Map.of()));
  }

  /** Copies per material and version of print runs or distributions ({@code entity}). */
  private Map<String, Map<Integer, Long>> sums(String entity, List<String> materialIds) {
    Map<String, Map<Integer, Long>> out = new HashMap<>();
    em.createQuery("select e.materialId, e.versionNumber, sum(e.quantity) from " + entity + " e "
            + "where e.materialId in :ms group by e.materialId, e.versionNumber", Object[].class)
        .setParameter("ms", materialIds)
        .getResultStream()
        .forEach(r -> out.computeIfAbsent((String) r[0], k -> new HashMap<>())
            .put(((Number) r[1]).intValue(), ((Number) r[2]).longValue()));
    return out;
  }

  private boolean wasApproved(Material m, int number) {
    return number == m.lastApprovedVersion() || !em.createQuery(
            "select d.id from DecisionEntry d where d.materialId = :m and d.versionNumber = :n and d.kind = :k",
            String.class)
        .setParameter("m", m.id())
        .setParameter("n", number)
        .setParameter("k", Decision.Kind.APPROVED)
        .setMaxResults(1)
        .getResultList().isEmpty();
  }

  private Material readable(String materialId, Actor actor) {
    Material m = materials.material(materialId);
    if (!materials.mayRead(m, actor)) {
      throw new NotFound("material", materialId);
    }
    return m;
  }

  private Material writable(String materialId, Actor actor) {
    Material m = readable(materialId, actor);
    if (!(actor.hasAny(Role.ORGANISER, Role.SUPERVISOR) && campaigns.belongs(m.campaignId(), actor))) {
      throw new Forbidden("only organisers and supervisors of the material's campaign record print runs and distributions");
    }
    return m;
  }

  private MeetingSummary readableMeeting(String meetingId, Actor actor) {
    String id = meetingId == null ? "" : meetingId.strip();
    MeetingSummary meeting = id.isEmpty() || id.length() > 36 ? null : meetings.summaries(List.of(id)).get(id);
    if (meeting == null) {
      throw new NotFound("meeting", String.valueOf(meetingId));
    }
    boolean allowed = actor.hasAny(Role.ORGANISER, Role.SUPERVISOR, Role.SAFEGUARDING_LEAD)
        && campaigns.belongs(meeting.campaignId(), actor);
    if (!allowed) {
      throw new Forbidden("you do not belong to this meeting's campaign");
    }
    return meeting;
  }

  private String canonical(MaterialVersion v) {
    if (v.purged()) {
      return null;
    }
    return ContentHash.canonical(v.text(), MaterialQueries.files(em, v.id()).stream()
        .map(f -> new ContentHash.FilePart(f.fileId(), f.sha256())).toList());
  }

  /** The latest date anywhere on earth: a date is "in the future" only once it has begun nowhere. */
  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.ofHours(14)));
  }

  private void flush() {
    try {
      em.flush();
    } catch (jakarta.persistence.OptimisticLockException e) {
      throw new Conflict("the material was changed by someone else at the same time: reload it and try again");
    }
  }
}
