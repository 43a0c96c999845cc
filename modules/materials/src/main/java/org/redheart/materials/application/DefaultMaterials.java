package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redheart.materials.api.Attestation;
import org.redheart.materials.api.Decision;
import org.redheart.materials.api.DiffSegment;
import org.redheart.materials.api.MaterialDetails;
import org.redheart.materials.api.MaterialInput;
import org.redheart.materials.api.MaterialQuery;
import org.redheart.materials.api.MaterialStatus;
import org.redheart.materials.api.MaterialSummary;
import org.redheart.materials.api.Materials;
import org.redheart.materials.api.ReviewStage;
import org.redheart.materials.api.ReviewTask;
import org.redheart.materials.api.VersionFile;
import org.redheart.materials.api.VersionState;
import org.redheart.materials.api.VersionView;
import org.redheart.materials.domain.ContentHash;
import org.redheart.materials.domain.DecisionEntry;
import org.redheart.materials.domain.FindingEntry;
import org.redheart.materials.domain.FourEyes;
import org.redheart.materials.domain.KindEntry;
import org.redheart.materials.domain.Material;
import org.redheart.materials.domain.MaterialMeeting;
import org.redheart.materials.domain.MaterialRules;
import org.redheart.materials.domain.MaterialVersion;
import org.redheart.materials.domain.ReviewTaskEntry;
import org.redheart.materials.domain.VersionEditor;
import org.redheart.materials.domain.VersionFileEntry;
import org.redheart.materials.domain.WordDiff;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.Campaigns;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.FileInfo;
import org.redheart.platform.api.FileKind;
import org.redheart.platform.api.FileStore;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;
import org.redheart.safeguarding.api.CheckInput;
import org.redheart.safeguarding.api.Finding;
import org.redheart.safeguarding.api.ImageMetadata;

/**
 * {@link Materials}: access by campaign, four-eyes and the safeguarding gate checked here, every
 * decision in {@code mat_decision} and the audit log (with the version's content, which the log
 * hashes: the same SHA-256 as {@code mat_version.content_hash}).
 */
@ApplicationScoped
@Transactional
public class DefaultMaterials implements Materials {
  static final int MAX_FILES = 50;
  static final int MAX_DECISIONS = 500;
  /** Reads a material's files from the store once the material's own access rule has let the reader in. */
  private static final Actor READER = new Actor(Audit.SYSTEM, Set.of(Role.ADMIN));

  @PersistenceContext(unitName = "materials")
  EntityManager em;

  @Inject Campaigns campaigns;
  @Inject Meetings meetings;
  @Inject FileStore files;
  @Inject Audit audit;
  @Inject ApprovalEngine engine;
  @Inject SafeguardingChecks checks;
  @Inject MaterialMails mails;
  @Inject PostPublications publications;

  Clock clock = Clock.systemUTC();

  // ---------------------------------------------------------------- reading

  @Override
  public Page<MaterialSummary> list(MaterialQuery query, PageRequest page, Actor actor) {
    MaterialQuery q = query == null ? MaterialQuery.all() : query;
    requireReader(actor);
    StringBuilder where = new StringBuilder(" where m.id is not null");
    Map<String, Object> params = new HashMap<>();
    if (!actor.hasAny(Role.ADMIN, Role.SAFEGUARDING_LEAD)) {
      List<String> visible = campaigns.visibleTo(actor).stream().map(Campaign::id).toList();
      if (visible.isEmpty()) {
        return new Page<>(List.of(), page.page(), page.size(), 0);
      }
      where.append(" and m.campaignId in :visible");
      params.put("visible", visible);
    }
    if (notBlank(q.campaignId())) {
      where.append(" and m.campaignId = :campaign");
      params.put("campaign", q.campaignId().strip());
    }
    if (notBlank(q.kindCode())) {
      where.append(" and m.kindCode = :kind");
      params.put("kind", q.kindCode().strip());
    }
    if (q.status() != null) {
      where.append(" and m.status = :status");
      params.put("status", q.status());
    }
    if (notBlank(q.meetingId())) {
      where.append(" and m.id in (select mm.materialId from MaterialMeeting mm where mm.meetingId = :meeting)");
      params.put("meeting", q.meetingId().strip());
    }
    if (notBlank(q.text())) {
      where.append(" and lower(m.title) like :text");
      params.put("text", "%" + q.text().strip().toLowerCase(Locale.ROOT) + "%");
    }
    // every material has exactly one current version: the count needs no join
    TypedQuery<Object[]> rows = em.createQuery("select m, v from Material m, MaterialVersion v" + where
        + " and v.materialId = m.id and v.number = m.currentVersion order by m.updatedAt desc, m.id", Object[].class);
    TypedQuery<Long> count = em.createQuery("select count(m) from Material m" + where, Long.class);
    params.forEach((k, v) -> {
      rows.setParameter(k, v);
      count.setParameter(k, v);
    });
    List<MaterialSummary> items = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
        .map(r -> summary((Material) r[0], (MaterialVersion) r[1]))
        .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  public MaterialDetails get(String materialId, Actor actor) {
    return details(readable(materialId, actor));
  }

  @Override
  public VersionView version(String materialId, int number, Actor actor) {
    Material m = readable(materialId, actor);
    return view(MaterialQueries.version(em, m.id(), number));
  }

  @Override
  public List<DiffSegment> compare(String materialId, int number, Actor actor) {
    Material m = readable(materialId, actor);
    MaterialVersion version = MaterialQueries.version(em, m.id(), number);
    if (version.purged()) {
      return List.of();
    }
    List<Integer> approvedBefore = em.createQuery(
            "select d.versionNumber from DecisionEntry d where d.materialId = :m and d.kind = :k "
                + "and d.versionNumber < :n order by d.versionNumber desc", Integer.class)
        .setParameter("m", m.id())
        .setParameter("k", Decision.Kind.APPROVED)
        .setParameter("n", number)
        .setMaxResults(1)
        .getResultList();
    if (approvedBefore.isEmpty()) {
      return version.text().isEmpty() ? List.of() : List.of(new DiffSegment(DiffSegment.Kind.INSERTED, version.text()));
    }
    MaterialVersion before = MaterialQueries.version(em, m.id(), approvedBefore.get(0));
    if (before.purged()) {
      return List.of();
    }
    return WordDiff.between(before.text(), version.text());
  }

  @Override
  public Page<ReviewTask> reviewTasks(Actor actor, PageRequest page) {
    String where = offeredTo(actor);
    TypedQuery<Object[]> rows = em.createQuery(
        "select t, m from ReviewTaskEntry t, Material m where m.id = t.materialId and (" + where + ")"
            + " order by t.createdAt, t.taskId", Object[].class);
    TypedQuery<Long> count = em.createQuery(
        "select count(t) from ReviewTaskEntry t where " + where, Long.class);
    bindOfferedTo(rows, actor);
    bindOfferedTo(count, actor);
    List<ReviewTask> items = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
        .map(r -> reviewTask((ReviewTaskEntry) r[0], (Material) r[1]))
        .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  public Optional<ReviewTask> reviewTask(String taskId, Actor actor) {
    if (taskId == null || taskId.isBlank() || taskId.length() > 64) {
      return Optional.empty();
    }
    TypedQuery<Object[]> rows = em.createQuery(
        "select t, m from ReviewTaskEntry t, Material m where m.id = t.materialId and t.taskId = :task and ("
            + offeredTo(actor) + ")", Object[].class);
    rows.setParameter("task", taskId);
    bindOfferedTo(rows, actor);
    return rows.getResultStream().findFirst().map(r -> reviewTask((ReviewTaskEntry) r[0], (Material) r[1]));
  }

  @Override
  public List<MaterialSummary> ofMeeting(String meetingId, Actor actor) {
    requireReader(actor);
    if (meetingId == null || meetingId.isBlank() || meetingId.length() > 36) {
      return List.of();
    }
    return em.createQuery(
            "select m, v from Material m, MaterialVersion v, MaterialMeeting mm where mm.meetingId = :meeting "
                + "and mm.materialId = m.id and v.materialId = m.id and v.number = m.currentVersion "
                + "order by m.createdAt desc, m.id", Object[].class)
        .setParameter("meeting", meetingId)
        .setMaxResults(200)
        .getResultStream()
        .filter(r -> mayRead((Material) r[0], actor))
        .limit(50)
        .map(r -> summary((Material) r[0], (MaterialVersion) r[1]))
        .toList();
  }

  // ---------------------------------------------------------------- writing

  @Override
  public MaterialDetails create(MaterialInput input, String text, Actor actor) {
    if (!actor.hasAny(Role.ORGANISER, Role.SUPERVISOR)) {
      throw new Forbidden("only organisers and supervisors write materials");
    }
    MaterialRules.check(input);
    String body = MaterialRules.text(text);
    String campaignId = notBlank(input.campaignId()) ? input.campaignId().strip() : Campaign.DEFAULT_ID;
    if (campaignId.length() > 36 || campaigns.all().stream().noneMatch(c -> c.id().equals(campaignId))) {
      throw new InvalidInput("campaignId", "is not a known campaign");
    }
    if (!campaigns.belongs(campaignId, actor)) {
      throw new Forbidden("you are not an organiser or supervisor of this campaign");
    }
    String kind = activeKind(input.kindCode());
    List<String> meetingIds = meetingsOf(campaignId, input.meetingIds());
    Instant now = clock.instant();
    Material m = new Material(campaignId, kind, input.title().strip(), MaterialRules.language(input.language()),
        actor.userId(), now);
    em.persist(m);
    MaterialVersion v = new MaterialVersion(m.id(), 1, body, now);
    em.persist(v);
    em.persist(new VersionEditor(v.id(), actor.userId()));
    meetingIds.forEach(id -> em.persist(new MaterialMeeting(m.id(), id)));
    flush();
    audit.record(actor.userId(), "material.created", subject(m),
        Map.of("campaign", campaignId, "kind", kind, "version", "1"), canonical(v));
    return details(m);
  }

  @Override
  public MaterialDetails describe(String materialId, MaterialInput input, long lock, Actor actor) {
    Material m = writable(materialId, actor);
    checkLock(m, lock);
    MaterialRules.check(input);
    if (notBlank(input.campaignId()) && !input.campaignId().strip().equals(m.campaignId())) {
      throw new InvalidInput("campaignId", "a material stays in its campaign");
    }
    String kind = activeKindOrSame(input.kindCode(), m.kindCode());
    List<String> meetingIds = meetingsOf(m.campaignId(), input.meetingIds());
    m.describe(kind, input.title().strip(), MaterialRules.language(input.language()), clock.instant());
    em.createQuery("delete from MaterialMeeting mm where mm.materialId = :m").setParameter("m", m.id()).executeUpdate();
    meetingIds.forEach(id -> em.persist(new MaterialMeeting(m.id(), id)));
    flush();
    audit.record(actor.userId(), "material.described", subject(m), Map.of("kind", kind));
    return details(m);
  }

  @Override
  public MaterialDetails edit(String materialId, String text, long lock, Actor actor) {
    Material m = writable(materialId, actor);
    checkLock(m, lock);
    String body = MaterialRules.text(text);
    MaterialVersion draft = draftFor(m, actor);
    draft.replaceText(body);
    addEditor(draft, actor.userId());
    rehash(draft);
    m.touch(clock.instant());
    flush();
    audit.record(actor.userId(), "material.edited", subject(m), Map.of("version", String.valueOf(draft.number())),
        canonical(draft));
    return details(m);
  }

  @Override
  public VersionFile addFile(String materialId, InputStream content, long declaredLength, String fileName, Actor actor) {
    Material m = writable(materialId, actor);
    if (content == null) {
      throw new InvalidInput("file", "is required");
    }
    if (declaredLength > files.maxBytes()) {
      // the store refuses it before reading anything
      files.store(content, declaredLength, fileName, actor.userId(), Set.of(FileKind.IMAGE, FileKind.DOCUMENT));
    }
    byte[] bytes = readAtMost(content, files.maxBytes() + 1);
    MaterialVersion current = current(m);
    if (current.state() == VersionState.DRAFT && MaterialQueries.files(em, current.id()).size() >= MAX_FILES) {
      throw new InvalidInput("file", "a version holds at most " + MAX_FILES + " files");
    }
    List<String> tags = PhotoMetadata.tagNames(bytes);
    FileInfo info = files.store(new ByteArrayInputStream(bytes), bytes.length, fileName, actor.userId(),
        Set.of(FileKind.IMAGE, FileKind.DOCUMENT));
    MaterialVersion draft = draftFor(m, actor);
    List<VersionFileEntry> existing = MaterialQueries.files(em, draft.id());
    int position = existing.stream().mapToInt(VersionFileEntry::position).max().orElse(0) + 1;
    String tagList = info.isImage() && !tags.isEmpty() ? String.join(",", tags) : null;
    if (tagList != null && tagList.length() > 2000) {
      tagList = tagList.substring(0, tagList.lastIndexOf(',', 2000));
    }
    VersionFileEntry entry = new VersionFileEntry(draft.id(), info.id(), position, info.name(), info.contentType(),
        info.size(), info.sha256(), info.isImage(), tagList);
    em.persist(entry);
    addEditor(draft, actor.userId());
    flush();
    rehash(draft);
    m.touch(clock.instant());
    audit.record(actor.userId(), "material.file-added", subject(m),
        Map.of("version", String.valueOf(draft.number()), "file", info.id()), canonical(draft));
    return entry.toView();
  }

  /**
   * Adds meeting photos (already in the file store) to the material's draft with their attestations
   * (social posts drafted from a meeting); one audit entry with the draft's content.
   */
  MaterialDetails addMeetingPhotos(String materialId, List<org.redheart.materials.domain.MeetingPhotoEntry> photos,
      Actor actor) {
    Material m = writable(materialId, actor);
    if (photos.isEmpty()) {
      return details(m);
    }
    MaterialVersion draft = draftFor(m, actor);
    List<VersionFileEntry> existing = MaterialQueries.files(em, draft.id());
    if (existing.size() + photos.size() > MAX_FILES) {
      throw new InvalidInput("photoFileIds", "a version holds at most " + MAX_FILES + " files");
    }
    int position = existing.stream().mapToInt(VersionFileEntry::position).max().orElse(0);
    Set<String> held = new java.util.HashSet<>(existing.stream().map(VersionFileEntry::fileId).toList());
    for (org.redheart.materials.domain.MeetingPhotoEntry photo : photos) {
      if (held.add(photo.fileId())) {
        em.persist(photo.toVersionFile(draft.id(), ++position));
      }
    }
    addEditor(draft, actor.userId());
    flush();
    rehash(draft);
    m.touch(clock.instant());
    flush();
    audit.record(actor.userId(), "material.meeting-photos-added", subject(m),
        Map.of("version", String.valueOf(draft.number()), "photos", String.valueOf(photos.size())), canonical(draft));
    return details(m);
  }

  @Override
  public FileInfo fileInfo(String materialId, String fileId, Actor actor) {
    return files.info(fileOf(readable(materialId, actor), fileId), READER);
  }

  @Override
  public InputStream fileContent(String materialId, String fileId, Actor actor) {
    return files.content(fileOf(readable(materialId, actor), fileId), READER);
  }

  /** The file id when a version of the material holds it. */
  private String fileOf(Material m, String fileId) {
    boolean held = fileId != null && fileId.length() <= 36 && !em.createQuery(
            "select f.fileId from VersionFileEntry f, MaterialVersion v where f.versionId = v.id and v.materialId = :m "
                + "and f.fileId = :f", String.class)
        .setParameter("m", m.id())
        .setParameter("f", fileId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
    if (!held) {
      throw new NotFound("file", String.valueOf(fileId));
    }
    return fileId;
  }

  @Override
  public MaterialDetails removeFile(String materialId, String fileId, Actor actor) {
    Material m = writable(materialId, actor);
    MaterialVersion current = current(m);
    if (fileId == null || MaterialQueries.files(em, current.id()).stream().noneMatch(f -> f.fileId().equals(fileId))) {
      throw new NotFound("file", String.valueOf(fileId));
    }
    MaterialVersion draft = draftFor(m, actor);
    VersionFileEntry entry = em.find(VersionFileEntry.class, new VersionFileEntry.Key(draft.id(), fileId));
    em.remove(entry);
    addEditor(draft, actor.userId());
    flush();
    rehash(draft);
    m.touch(clock.instant());
    audit.record(actor.userId(), "material.file-removed", subject(m),
        Map.of("version", String.valueOf(draft.number()), "file", fileId), canonical(draft));
    return details(m);
  }

  @Override
  public VersionFile attest(String materialId, String fileId, Attestation attestation, String consentReference,
      Actor actor) {
    Material m = writable(materialId, actor);
    String reference = MaterialRules.consentReference(attestation, consentReference);
    MaterialVersion current = current(m);
    if (current.state() != VersionState.DRAFT && current.state() != VersionState.IN_REVIEW) {
      throw new Conflict("version " + current.number() + " is " + current.state()
          + ": photos are attested on a draft or a version in review");
    }
    VersionFileEntry entry = fileId == null || fileId.length() > 36
        ? null : em.find(VersionFileEntry.class, new VersionFileEntry.Key(current.id(), fileId));
    if (entry == null) {
      throw new NotFound("file", String.valueOf(fileId));
    }
    if (!entry.image()) {
      throw new InvalidInput("fileId", "is not a photo: only photos are attested");
    }
    entry.attest(attestation, reference, actor.userId(), clock.instant());
    m.touch(clock.instant());
    audit.record(actor.userId(), "material.photo-attested", subject(m),
        Map.of("version", String.valueOf(current.number()), "file", entry.fileId(), "attestation", attestation.name()));
    return entry.toView();
  }

  @Override
  public MaterialDetails submit(String materialId, List<String> sensitiveNames, Actor actor) {
    Material m = writable(materialId, actor);
    if (m.status() == MaterialStatus.WITHDRAWN) {
      throw new Conflict("the material is withdrawn: it is not submitted any more");
    }
    Set<String> names = MaterialRules.sensitiveNames(sensitiveNames);
    MaterialVersion v = current(m);
    v.requireDraft();
    List<VersionFileEntry> versionFiles = MaterialQueries.files(em, v.id());
    if (v.text().isBlank() && versionFiles.isEmpty()) {
      throw new InvalidInput("text", "is empty: write the text or add a file before submitting");
    }
    List<FindingEntry> findings = new ArrayList<>();
    for (Finding f : checks.check().check(new CheckInput(v.text(), List.of(), names))) {
      findings.add(new FindingEntry(v.id(), f, null));
    }
    for (VersionFileEntry file : versionFiles) {
      Map<String, String> tags = file.metadataTags();
      if (file.image() && !tags.isEmpty()) {
        for (Finding f : checks.check().check(
            new CheckInput("", List.of(new ImageMetadata(file.fileName(), tags)), Set.of()))) {
          findings.add(new FindingEntry(v.id(), f, file.fileId()));
        }
      }
    }
    em.createQuery("delete from FindingEntry f where f.versionId = :v").setParameter("v", v.id()).executeUpdate();
    findings.forEach(em::persist);
    boolean needsClearance = findings.stream().anyMatch(FindingEntry::high);
    Instant now = clock.instant();
    v.submit(needsClearance, now);
    m.moveTo(MaterialStatus.IN_REVIEW, now);
    decide(m, v, Decision.Kind.SUBMITTED, actor.userId(), null);
    audit.record(actor.userId(), "material.submitted", subject(m),
        Map.of("version", String.valueOf(v.number()), "findings", String.valueOf(findings.size()),
            "needsClearance", String.valueOf(needsClearance)), canonical(v));
    flush();
    engine.start(m.id(), v.number(), needsClearance);
    return details(m);
  }

  @Override
  public MaterialDetails clear(String materialId, int number, String note, Actor actor) {
    Material m = readable(materialId, actor);
    if (!actor.has(Role.SAFEGUARDING_LEAD)) {
      throw new Forbidden("only the safeguarding lead clears safeguarding findings");
    }
    String text = MaterialRules.required("note", note);
    MaterialVersion v = MaterialQueries.version(em, m.id(), number);
    v.requireInReview(ReviewStage.CLEARANCE);
    String taskId = openTask(m, v, ReviewStage.CLEARANCE);
    v.clear(text, actor.userId(), clock.instant());
    m.touch(clock.instant());
    decide(m, v, Decision.Kind.CLEARED, actor.userId(), text);
    audit.record(actor.userId(), "material.cleared", subject(m), Map.of("version", String.valueOf(number)),
        canonical(v));
    flush();
    engine.completeClearance(taskId, true);
    return details(m);
  }

  @Override
  public MaterialDetails approve(String materialId, int number, String comment, Actor actor) {
    Material m = readable(materialId, actor);
    String text = MaterialRules.optional("comment", comment, MaterialRules.MAX_COMMENT);
    MaterialVersion v = MaterialQueries.version(em, m.id(), number);
    FourEyes.checkApprover(actor.userId(), supervisorOf(m, actor), MaterialQueries.editors(em, v.id()));
    if (v.state() != VersionState.IN_REVIEW) {
      throw new Conflict("version " + number + " is " + v.state() + ", not in review");
    }
    List<FindingEntry> findings = MaterialQueries.findings(em, v.id());
    boolean notCleared = !v.cleared() && findings.stream().anyMatch(FindingEntry::high);
    List<String> unattested = MaterialQueries.files(em, v.id()).stream()
        .filter(f -> f.image() && f.attestation() == null).map(VersionFileEntry::fileName).toList();
    FourEyes.checkApprovable(notCleared, unattested);
    v.requireInReview(ReviewStage.APPROVAL);
    String taskId = openTask(m, v, ReviewStage.APPROVAL);
    v.approve();
    m.approved(number, clock.instant());
    decide(m, v, Decision.Kind.APPROVED, actor.userId(), text);
    audit.record(actor.userId(), "material.approved", subject(m), Map.of("version", String.valueOf(number)),
        canonical(v));
    tellAuthor(m, v, MaterialMails.APPROVED, text);
    flush();
    engine.completeApproval(taskId, true);
    return details(m);
  }

  @Override
  public MaterialDetails requestChanges(String materialId, int number, String comment, Actor actor) {
    Material m = readable(materialId, actor);
    String text = MaterialRules.required("comment", comment);
    MaterialVersion v = MaterialQueries.version(em, m.id(), number);
    if (v.state() == VersionState.IN_REVIEW && v.reviewStage() == ReviewStage.CLEARANCE) {
      if (!actor.has(Role.SAFEGUARDING_LEAD)) {
        throw new Forbidden("the safeguarding lead decides on a version waiting for clearance");
      }
    } else {
      FourEyes.checkApprover(actor.userId(), supervisorOf(m, actor), MaterialQueries.editors(em, v.id()));
    }
    v.requireInReview(null);
    ReviewStage stage = v.reviewStage();
    String taskId = openTask(m, v, stage);
    v.changesRequested();
    m.moveTo(MaterialStatus.CHANGES_REQUESTED, clock.instant());
    decide(m, v, Decision.Kind.CHANGES_REQUESTED, actor.userId(), text);
    audit.record(actor.userId(), "material.changes-requested", subject(m),
        Map.of("version", String.valueOf(number), "stage", stage.name()), canonical(v));
    tellAuthor(m, v, MaterialMails.CHANGES_REQUESTED, text);
    flush();
    if (stage == ReviewStage.CLEARANCE) {
      engine.completeClearance(taskId, false);
    } else {
      engine.completeApproval(taskId, false);
    }
    return details(m);
  }

  @Override
  public MaterialDetails withdraw(String materialId, String reason, Actor actor) {
    Material m = readable(materialId, actor);
    boolean allowed = actor.userId().equals(m.authorId()) && actor.hasAny(Role.ORGANISER, Role.SUPERVISOR)
        || supervisorOf(m, actor)
        || actor.has(Role.SAFEGUARDING_LEAD);
    if (!allowed) {
      throw new Forbidden("only the author, a supervisor of the campaign or the safeguarding lead withdraws a material");
    }
    String why = MaterialRules.optional("reason", reason, MaterialRules.MAX_REASON);
    withdrawAs(m, why, actor.userId(), "material.withdrawn", Map.of());
    return details(m);
  }

  /** Withdraws the material (no access check); false when it was withdrawn already. */
  boolean withdrawAs(Material m, String reason, String actorId, String action, Map<String, String> extra) {
    if (m.status() == MaterialStatus.WITHDRAWN) {
      return false;
    }
    MaterialVersion v = current(m);
    if (v.state() == VersionState.IN_REVIEW) {
      engine.end(m.id(), v.number(), "withdrawn");
      closeReviewTasks(m.id(), v.number());
    }
    if (v.state() != VersionState.SUPERSEDED && v.state() != VersionState.CHANGES_REQUESTED) {
      v.withdraw();
    }
    m.withdrawn(reason, clock.instant());
    decide(m, v, Decision.Kind.WITHDRAWN, actorId, reason);
    Map<String, String> details = new LinkedHashMap<>(extra);
    details.put("version", String.valueOf(v.number()));
    audit.record(actorId, action, subject(m), details, canonical(v));
    flush();
    publications.withdrawn(m.id());
    return true;
  }

  @Override
  public MaterialDetails markPublished(String materialId, String permalink, Actor actor) {
    Material m = writable(materialId, actor);
    String link = MaterialRules.permalink(permalink);
    if (m.status() != MaterialStatus.APPROVED && m.status() != MaterialStatus.PUBLISHED) {
      throw new Conflict("the material is " + m.status() + ": only an approved material is published");
    }
    m.published(link, actor.userId(), clock.instant());
    MaterialVersion approved = MaterialQueries.version(em, m.id(), m.lastApprovedVersion());
    decide(m, approved, Decision.Kind.PUBLISHED, actor.userId(), link);
    audit.record(actor.userId(), "material.published", subject(m),
        Map.of("version", String.valueOf(approved.number()), "permalink", link), canonical(approved));
    flush();
    if (org.redheart.materials.api.MaterialKind.SOCIAL_POST.equals(m.kindCode())) {
      // the publication record (MANUAL), the PostPublished event (the meeting's hand-over hears it), the reminders
      publications.markedPublishedByHand(m.id(), link, actor.userId(), m.authorId());
    }
    return details(m);
  }

  @Override
  public MaterialDetails purge(String materialId, int number, Actor actor) {
    Material m = readable(materialId, actor);
    if (!supervisorOf(m, actor)) {
      throw new Forbidden("only a supervisor of the material's campaign purges a version");
    }
    MaterialVersion v = MaterialQueries.version(em, m.id(), number);
    String content = canonical(v);
    v.purge(clock.instant());
    em.createQuery("delete from VersionFileEntry f where f.versionId = :v").setParameter("v", v.id()).executeUpdate();
    em.createQuery("delete from FindingEntry f where f.versionId = :v").setParameter("v", v.id()).executeUpdate();
    m.touch(clock.instant());
    decide(m, v, Decision.Kind.PURGED, actor.userId(), null);
    audit.record(actor.userId(), "material.purged", subject(m), Map.of("version", String.valueOf(number)), content);
    flush();
    return details(m);
  }

  // ---------------------------------------------------------------- helpers

  /** The draft to change: the newest version when it is one, else a new draft version made from it. */
  private MaterialVersion draftFor(Material m, Actor actor) {
    if (m.status() == MaterialStatus.WITHDRAWN) {
      throw new Conflict("the material is withdrawn: it is not changed any more");
    }
    MaterialVersion current = current(m);
    if (current.state() == VersionState.DRAFT) {
      return current;
    }
    Instant now = clock.instant();
    if (current.state() == VersionState.IN_REVIEW) {
      engine.end(m.id(), current.number(), "superseded");
      closeReviewTasks(m.id(), current.number());
      current.supersede();
      decide(m, current, Decision.Kind.SUPERSEDED, actor.userId(), null);
      audit.record(actor.userId(), "material.superseded", subject(m), Map.of("version",
          String.valueOf(current.number())), canonical(current));
    }
    String text = current.purged() ? "" : current.text();
    MaterialVersion draft = new MaterialVersion(m.id(), current.number() + 1, text, now);
    em.persist(draft);
    if (!current.purged()) {
      MaterialQueries.files(em, current.id()).forEach(f -> em.persist(f.copyTo(draft.id())));
    }
    em.persist(new VersionEditor(draft.id(), actor.userId()));
    m.newDraft(draft.number(), now);
    flush();
    rehash(draft);
    return draft;
  }

  /** Writes the changes now, so that a concurrent change of the same material is a Conflict, not an error at commit. */
  private void flush() {
    try {
      em.flush();
    } catch (jakarta.persistence.OptimisticLockException e) {
      throw new Conflict("the material was changed by someone else at the same time: reload it and try again");
    }
  }

  private void addEditor(MaterialVersion v, String userId) {
    if (em.find(VersionEditor.class, new VersionEditor.Key(v.id(), userId)) == null) {
      em.persist(new VersionEditor(v.id(), userId));
    }
  }

  private void rehash(MaterialVersion v) {
    v.rehash(ContentHash.of(v.text(), fileParts(v)));
  }

  private List<ContentHash.FilePart> fileParts(MaterialVersion v) {
    return MaterialQueries.files(em, v.id()).stream()
        .map(f -> new ContentHash.FilePart(f.fileId(), f.sha256())).toList();
  }

  /** The version's content as the audit log hashes it (null once purged: the log then keeps no hash). */
  private String canonical(MaterialVersion v) {
    if (v.purged()) {
      return null;
    }
    return ContentHash.canonical(v.text(), fileParts(v));
  }

  private void decide(Material m, MaterialVersion v, Decision.Kind kind, String actorId, String comment) {
    em.persist(new DecisionEntry(m.id(), v.number(), kind, actorId, comment, v.contentHash(), clock.instant()));
  }

  private String openTask(Material m, MaterialVersion v, ReviewStage stage) {
    return em.createQuery(
            "select t.taskId from ReviewTaskEntry t where t.materialId = :m and t.versionNumber = :n and t.stage = :s",
            String.class)
        .setParameter("m", m.id())
        .setParameter("n", v.number())
        .setParameter("s", stage)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new Conflict("version " + v.number() + " has no open "
            + (stage == ReviewStage.CLEARANCE ? "clearance" : "approval") + " task"));
  }

  private void closeReviewTasks(String materialId, int number) {
    List<String> ids = em.createQuery(
            "select t.taskId from ReviewTaskEntry t where t.materialId = :m and t.versionNumber = :n", String.class)
        .setParameter("m", materialId)
        .setParameter("n", number)
        .getResultList();
    if (!ids.isEmpty()) {
      em.createQuery("delete from ReviewCandidate c where c.taskId in :ids").setParameter("ids", ids).executeUpdate();
      em.createQuery("delete from ReviewTaskEntry t where t.taskId in :ids").setParameter("ids", ids).executeUpdate();
    }
  }

  private void tellAuthor(Material m, MaterialVersion v, String template, String comment) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("materialTitle", m.title());
    model.put("versionNumber", v.number());
    model.put("comment", comment == null ? "" : comment);
    model.put("link", MaterialMails.link(m.id()));
    mails.send(m.authorId(), template, model, "material:" + m.id());
  }

  MaterialVersion current(Material m) {
    return MaterialQueries.version(em, m.id(), m.currentVersion());
  }

  Material material(String materialId) {
    Material m = materialId == null || materialId.length() > 36 ? null : em.find(Material.class, materialId);
    if (m == null) {
      throw new NotFound("material", String.valueOf(materialId));
    }
    return m;
  }

  private Material readable(String materialId, Actor actor) {
    Material m = material(materialId);
    if (!mayRead(m, actor)) {
      throw new NotFound("material", materialId);
    }
    return m;
  }

  private Material writable(String materialId, Actor actor) {
    Material m = readable(materialId, actor);
    if (!mayWrite(m, actor)) {
      throw new Forbidden("only organisers and supervisors of the material's campaign change it");
    }
    return m;
  }

  boolean mayRead(Material m, Actor actor) {
    return actor.hasAny(Role.ADMIN, Role.SAFEGUARDING_LEAD) || mayWrite(m, actor);
  }

  private boolean mayWrite(Material m, Actor actor) {
    return actor.hasAny(Role.ORGANISER, Role.SUPERVISOR) && campaigns.belongs(m.campaignId(), actor);
  }

  private boolean supervisorOf(Material m, Actor actor) {
    return actor.has(Role.SUPERVISOR) && campaigns.isMember(m.campaignId(), actor.userId(), Role.SUPERVISOR);
  }

  private static void requireReader(Actor actor) {
    if (!actor.hasAny(Role.ORGANISER, Role.SUPERVISOR, Role.SAFEGUARDING_LEAD, Role.ADMIN)) {
      throw new Forbidden("only staff read materials");
    }
  }

  private static void checkLock(Material m, long lock) {
    if (m.lock() != lock) {
      throw new Conflict("the material was changed by someone else meanwhile: reload it and try again");
    }
  }

  private String activeKind(String code) {
    KindEntry kind = code == null || code.length() > 40 ? null : em.find(KindEntry.class, code.strip());
    if (kind == null || !kind.active()) {
      throw new InvalidInput("kindCode", "is not a known kind of material");
    }
    return kind.code();
  }

  private String activeKindOrSame(String code, String same) {
    return code != null && code.strip().equals(same) ? same : activeKind(code);
  }

  private List<String> meetingsOf(String campaignId, List<String> meetingIds) {
    if (meetingIds.isEmpty()) {
      return List.of();
    }
    List<String> distinct = meetingIds.stream().map(String::strip).distinct().toList();
    Map<String, MeetingSummary> found = meetings.summaries(distinct);
    for (String id : distinct) {
      MeetingSummary s = found.get(id);
      if (s == null) {
        throw new InvalidInput("meetingIds", "holds " + id + ", which is not a known meeting");
      }
      if (!campaignId.equals(s.campaignId())) {
        throw new InvalidInput("meetingIds", "holds " + id + ", a meeting of another campaign");
      }
    }
    return distinct;
  }

  private String offeredTo(Actor actor) {
    String candidate = "exists (select c from ReviewCandidate c where c.taskId = t.taskId and c.userId = :user)";
    return actor.roles().isEmpty() ? candidate : "t.candidateGroup in :groups or " + candidate;
  }

  private static void bindOfferedTo(TypedQuery<?> query, Actor actor) {
    query.setParameter("user", actor.userId());
    if (!actor.roles().isEmpty()) {
      query.setParameter("groups", actor.roles().stream().map(Role::name).toList());
    }
  }

  private static ReviewTask reviewTask(ReviewTaskEntry t, Material m) {
    return new ReviewTask(t.taskId(), m.id(), m.title(), m.kindCode(), t.versionNumber(), t.stage(), t.createdAt());
  }

  MaterialDetails details(Material m) {
    MaterialVersion v = current(m);
    List<String> meetingIds = em.createQuery(
            "select mm.meetingId from MaterialMeeting mm where mm.materialId = :m order by mm.meetingId", String.class)
        .setParameter("m", m.id())
        .getResultList();
    List<Decision> decisions = em.createQuery(
            "select d from DecisionEntry d where d.materialId = :m order by d.at desc, d.id", DecisionEntry.class)
        .setParameter("m", m.id())
        .setMaxResults(MAX_DECISIONS)
        .getResultStream()
        .map(DecisionEntry::toView)
        .toList();
    String taskId = em.createQuery(
            "select t.taskId from ReviewTaskEntry t where t.materialId = :m and t.versionNumber = :n", String.class)
        .setParameter("m", m.id())
        .setParameter("n", v.number())
        .getResultStream()
        .findFirst()
        .orElse(null);
    return new MaterialDetails(summary(m, v), m.language(), meetingIds, view(v), m.lastApprovedVersion(), decisions,
        m.permalink(), m.publishedAt(), taskId, m.lock());
  }

  private VersionView view(MaterialVersion v) {
    return new VersionView(
        v.materialId(),
        v.number(),
        v.state(),
        v.reviewStage(),
        v.text(),
        v.contentHash(),
        MaterialQueries.files(em, v.id()).stream().map(VersionFileEntry::toView).toList(),
        MaterialQueries.findings(em, v.id()).stream().map(FindingEntry::toView).toList(),
        v.cleared(),
        MaterialQueries.editors(em, v.id()),
        v.createdAt(),
        v.submittedAt(),
        v.purgedAt());
  }

  private static MaterialSummary summary(Material m, MaterialVersion v) {
    return new MaterialSummary(m.id(), m.campaignId(), m.kindCode(), m.title(), m.status(), m.currentVersion(),
        v.state(), v.reviewStage(), m.authorId(), m.updatedAt());
  }

  static String subject(Material m) {
    return "material:" + m.id();
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  private static byte[] readAtMost(InputStream in, long limit) {
    try {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
