package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.redheart.materials.api.Engagement;
import org.redheart.materials.api.EngagementInput;
import org.redheart.materials.api.EngagementRecorded;
import org.redheart.materials.api.EngagementSnapshot;
import org.redheart.materials.api.MaterialKind;
import org.redheart.materials.api.MaterialStatus;
import org.redheart.materials.api.PostAnalytics;
import org.redheart.materials.api.PostImport;
import org.redheart.materials.domain.EngagementEntry;
import org.redheart.materials.domain.Figures;
import org.redheart.materials.domain.PublicationEntry;
import org.redheart.materials.domain.Material;
import org.redheart.materials.domain.MaterialMeeting;
import org.redheart.materials.domain.MaterialVersion;
import org.redheart.materials.domain.PostCsv;
import org.redheart.materials.domain.PostImportEntry;
import org.redheart.materials.domain.PostImportMapping;
import org.redheart.materials.domain.PostImportProblem;
import org.redheart.materials.domain.PostRows;
import org.redheart.materials.domain.PublicationEntry;
import org.redheart.materials.domain.VersionEditor;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.Campaigns;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.Documents;
import org.redheart.platform.api.Events;
import org.redheart.platform.api.FileInfo;
import org.redheart.platform.api.FileKind;
import org.redheart.platform.api.FileStore;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;

/**
 * {@link Engagement}: snapshots in {@code mat_engagement_snapshot} (each announced as {@link
 * EngagementRecorded}), CSV imports checked row by row from the stored file (streamed at every
 * check and at the commit, which runs in one transaction and only when no row is bad), historical
 * posts created PUBLISHED "outside the system" with no decision recorded (audited as {@code
 * material.imported-outside}), and analytics read with indexed queries. Publication days are days in
 * Dhaka, where the campaign posts.
 */
@ApplicationScoped
@Transactional
public class DefaultEngagement implements Engagement {
  static final ZoneId ZONE = ZoneId.of("Asia/Dhaka");
  static final int MAX_ROWS = 10_000;
  static final int MAX_PROBLEMS = 500;
  static final int MAX_MONTHS = 120;
  static final int SAMPLE_ROWS = 3;
  static final int CHART_HEIGHT = 400;
  private static final Actor READER = new Actor(Audit.SYSTEM, Set.of(Role.ADMIN));

  @PersistenceContext(unitName = "materials")
  EntityManager em;

  @Inject Campaigns campaigns;
  @Inject Meetings meetings;
  @Inject FileStore files;
  @Inject Audit audit;
  @Inject Events events;
  @Inject Documents documents;
  @Inject FacebookGraph graph;

  Clock clock = Clock.systemUTC();

  // ---------------------------------------------------------------- snapshots

  @Override
  public EngagementSnapshot record(String materialId, EngagementInput input, Actor actor) {
    Material m = writable(materialId, actor);
    if (input == null) {
      throw new InvalidInput("takenOn", "is required");
    }
    requirePublished(m);
    Figures f = Figures.checked(input.takenOn(), input.reactions(), input.comments(), input.shares(), input.reach(),
        input.engagedUsers(), today(), publishedOn(m));
    EngagementEntry e = store(m, f, EngagementSnapshot.Source.MANUAL, actor.userId());
    audit.record(actor.userId(), "material.engagement-recorded", DefaultMaterials.subject(m),
        Map.of("snapshot", e.id(), "takenOn", f.takenOn().toString(), "source", "MANUAL"));
    return e.view();
  }

  @Override
  public List<EngagementSnapshot> snapshots(String materialId, Actor actor) {
    Material m = readable(materialId, actor);
    return em.createQuery("select e from EngagementEntry e where e.materialId = :m "
            + "order by e.takenOn desc, e.recordedAt desc", EngagementEntry.class)
        .setParameter("m", m.id())
        .setMaxResults(1000)
        .getResultStream()
        .map(EngagementEntry::view)
        .toList();
  }

  @Override
  public EngagementSnapshot fetch(String materialId, Actor actor) {
    Material m = writable(materialId, actor);
    requirePublished(m);
    if (!graph.config().configured()) {
      throw new Conflict("the Facebook channel is not configured");
    }
    PublicationEntry p = em.find(PublicationEntry.class, m.id());
    if (p == null || p.externalPostId() == null) {
      throw new Conflict("the post was not published through the Facebook page: record its figures by hand or "
          + "import them from CSV");
    }
    FacebookGraph.PostFigures g;
    try {
      g = graph.postFigures(p.externalPostId());
    } catch (GraphError e) {
      throw new Conflict("the Graph API refused the figures" + (e.code() == null ? "" : " (error " + e.code() + ")")
          + ": " + e.getMessage());
    }
    Figures f = Figures.checked(today(), g.reactions(), g.comments(), g.shares(), g.reach(), g.engagedUsers(), today(),
        publishedOn(m));
    EngagementEntry e = store(m, f, EngagementSnapshot.Source.GRAPH_API, actor.userId());
    audit.record(actor.userId(), "material.engagement-recorded", DefaultMaterials.subject(m),
        Map.of("snapshot", e.id(), "takenOn", f.takenOn().toString(), "source", "GRAPH_API"));
    return e.view();
  }

  private EngagementEntry store(Material m, Figures f, EngagementSnapshot.Source source, String by) {
    EngagementEntry e = new EngagementEntry(m.id(), f, source, by, clock.instant());
    em.persist(e);
    events.publish(new EngagementRecorded(m.id(), e.id()));
    return e;
  }

  private static void requirePublished(Material m) {
    if (m.status() != MaterialStatus.PUBLISHED || m.publishedAt() == null) {
      throw new Conflict("the material is " + m.status() + ": figures are recorded for a published post only");
    }
  }

  // ---------------------------------------------------------------- imports

  @Override
  public PostImport startImport(PostImport.Kind kind, String campaignId, InputStream csv, String fileName,
      Actor actor) {
    if (kind == null) {
      throw new InvalidInput("kind", "is required (HISTORICAL_POSTS or FIGURES)");
    }
    String campaign = writableCampaign(campaignId, actor);
    if (csv == null) {
      throw new InvalidInput("file", "is required");
    }
    FileInfo stored = files.store(csv, -1, fileName == null ? "posts.csv" : fileName, actor.userId(),
        Set.of(FileKind.SPREADSHEET));
    if (!stored.contentType().startsWith("text/")) {
      throw new InvalidInput("file", "is " + stored.contentType() + ", not CSV text");
    }
    List<String> header;
    try (InputStream in = files.content(stored.id(), READER)) {
      PostCsv reader = new PostCsv(utf8(in));
      header = reader.next();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (header == null || header.stream().allMatch(String::isBlank)) {
      throw new InvalidInput("file", "is empty: the first line must name the columns");
    }
    PostImportEntry entry = new PostImportEntry(kind, campaign, stored.id(), stored.name(), header, actor.userId(),
        clock.instant());
    em.persist(entry);
    Check check = check(entry, PostImportMapping.guess(header), actor);
    saveCheck(entry, check);
    audit.record(actor.userId(), "post-import.started", "post-import:" + entry.id(),
        Map.of("campaign", campaign, "kind", kind.name(), "rows", String.valueOf(check.rows)));
    return entry.view(check.problems, check.sample);
  }

  @Override
  public PostImport remap(String importId, Map<String, Integer> mapping, Actor actor) {
    PostImportEntry entry = writableImport(importId, actor);
    entry.requirePreview();
    Map<String, Integer> checked = PostImportMapping.checked(mapping, entry.header().size());
    Check check = check(entry, checked, actor);
    saveCheck(entry, check);
    return entry.view(check.problems, check.sample);
  }

  @Override
  public PostImport getImport(String importId, Actor actor) {
    PostImportEntry entry = readableImport(importId, actor);
    return entry.view(problems(entry.id()), sample(entry));
  }

  @Override
  public PostImport commit(String importId, Actor actor) {
    PostImportEntry entry = writableImport(importId, actor);
    entry.requirePreview();
    Check check = check(entry, entry.mapping(), actor);
    if (!check.problems.isEmpty()) {
      saveCheck(entry, check);
      throw new Conflict(check.problems.size() + " row problem(s): correct the file or the mapping; nothing was imported");
    }
    Instant now = clock.instant();
    int created = 0;
    int snapshots = 0;
    for (PostRows.Post p : check.posts) {
      Material m;
      if (entry.kind() == PostImport.Kind.HISTORICAL_POSTS) {
        m = createOutside(entry, p, check.meetings, actor, now);
        em.flush(); // the post's rows before its snapshot's (no mapped relation orders the inserts)
        created++;
      } else {
        m = em.find(Material.class, check.known.get(p.permalink()));
      }
      if (p.anyFigure()) {
        LocalDate takenOn = p.takenOn() != null ? p.takenOn() : today();
        store(m, new Figures(takenOn, p.reactions(), p.comments(), p.shares(), p.reach(), p.engagedUsers()),
            EngagementSnapshot.Source.CSV_IMPORT, actor.userId());
        snapshots++;
      }
      if ((created + snapshots) % 200 == 0) {
        em.flush();
        em.clear();
        entry = em.find(PostImportEntry.class, importId);
      }
    }
    entry.checked(entry.mapping(), check.rows, check.posts.size(), snapshots);
    entry.committed();
    audit.record(actor.userId(), "post-import.committed", "post-import:" + entry.id(),
        Map.of("campaign", entry.campaignId(), "kind", entry.kind().name(), "posts", String.valueOf(created),
            "snapshots", String.valueOf(snapshots)));
    return entry.view(List.of(), List.of());
  }

  @Override
  public PostImport discard(String importId, Actor actor) {
    PostImportEntry entry = writableImport(importId, actor);
    entry.discarded();
    audit.record(actor.userId(), "post-import.discarded", "post-import:" + entry.id(), Map.of());
    return entry.view(problems(entry.id()), List.of());
  }

  private Material createOutside(PostImportEntry entry, PostRows.Post p, Map<String, String> meetingIds, Actor actor,
      Instant now) {
    String text = p.text() == null ? "" : p.text();
    Material m = new Material(entry.campaignId(), MaterialKind.SOCIAL_POST, title(p), "bn", actor.userId(), now);
    m.publishedOutside(p.permalink(), p.publishedOn().atStartOfDay(ZONE).toInstant(), actor.userId(), now);
    em.persist(m);
    MaterialVersion v = new MaterialVersion(m.id(), 1, text, now);
    v.rehash(org.redheart.materials.domain.ContentHash.of(text, List.of()));
    em.persist(v);
    em.persist(new VersionEditor(v.id(), actor.userId()));
    if (p.meeting() != null) {
      em.persist(new MaterialMeeting(m.id(), meetingIds.get(key(p.meeting()))));
    }
    audit.record(actor.userId(), "material.imported-outside", DefaultMaterials.subject(m),
        Map.of("import", entry.id(), "permalink", p.permalink(), "publishedOn", p.publishedOn().toString()), text);
    return m;
  }

  private static String title(PostRows.Post p) {
    String text = p.text() == null ? "" : p.text().strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      return "Facebook post of " + p.publishedOn();
    }
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }

  /** The result of reading the whole file under a mapping. */
  private static final class Check {
    int rows;
    final List<PostRows.Post> posts = new ArrayList<>();
    final List<PostImport.Problem> problems = new ArrayList<>();
    final List<List<String>> sample = new ArrayList<>();
    Map<String, Integer> mapping;
    Map<String, String> meetings = Map.of();
    /** Known posts of the campaign by permalink (figures imports). */
    Map<String, String> known = Map.of();
  }

  private Check check(PostImportEntry entry, Map<String, Integer> mapping, Actor actor) {
    Check c = new Check();
    c.mapping = mapping;
    c.problems.addAll(PostImportMapping.missing(entry.kind(), mapping));
    List<String> header = entry.header();
    LocalDate today = today();
    try (InputStream in = files.content(entry.fileId(), READER)) {
      PostCsv reader = new PostCsv(utf8(in));
      reader.next();
      while (true) {
        int row = reader.line();
        List<String> cells = reader.next();
        if (cells == null) {
          break;
        }
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        c.rows++;
        if (c.sample.size() < SAMPLE_ROWS) {
          c.sample.add(List.copyOf(cells));
        }
        if (c.rows > MAX_ROWS) {
          throw new InvalidInput("file", "has more than " + MAX_ROWS + " rows: split it");
        }
        if (c.problems.isEmpty() || c.problems.get(0).row() != 1) {
          c.posts.addAll(PostRows.read(row, cells, header, mapping, entry.kind(), today, c.problems));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new InvalidInput("file", "is not UTF-8 text: save it as CSV UTF-8");
      }
      throw e;
    }
    if (entry.kind() == PostImport.Kind.HISTORICAL_POSTS) {
      checkNewPosts(entry, c, actor);
    } else {
      checkKnownPosts(entry, c);
    }
    c.problems.sort(Comparator.comparingInt(PostImport.Problem::row));
    return c;
  }

  private void checkNewPosts(PostImportEntry entry, Check c, Actor actor) {
    Set<String> links = new HashSet<>();
    for (PostRows.Post p : c.posts) {
      links.add(p.permalink());
    }
    Set<String> known = knownPermalinks(links, null).keySet();
    boolean needMeetings = c.posts.stream().anyMatch(p -> p.meeting() != null);
    c.meetings = needMeetings ? meetingsOf(entry.campaignId(), actor) : Map.of();
    List<PostRows.Post> good = new ArrayList<>();
    for (PostRows.Post p : PostRows.withoutDuplicates(c.posts, known, entry.header(), c.mapping, c.problems)) {
      if (p.meeting() != null && !c.meetings.containsKey(key(p.meeting()))) {
        c.problems.add(new PostImport.Problem(p.row(), columnOf(entry, c, "MEETING", p.group()),
            "unknown meeting \"" + clip(p.meeting()) + "\" (give a meeting's title or id of this campaign)"));
      } else {
        good.add(p);
      }
    }
    c.posts.retainAll(good);
  }

  private void checkKnownPosts(PostImportEntry entry, Check c) {
    Set<String> links = new HashSet<>();
    for (PostRows.Post p : c.posts) {
      links.add(p.permalink());
    }
    c.known = knownPermalinks(links, entry.campaignId());
    Map<String, LocalDate> published = new HashMap<>();
    for (String id : new HashSet<>(c.known.values())) {
      Material m = em.find(Material.class, id);
      published.put(id, publishedOn(m));
    }
    Set<String> seen = new HashSet<>();
    List<PostRows.Post> good = new ArrayList<>();
    LocalDate today = today();
    for (PostRows.Post p : c.posts) {
      String column = p.permalinkColumn(entry.header(), c.mapping);
      String id = c.known.get(p.permalink());
      LocalDate takenOn = p.takenOn() != null ? p.takenOn() : today;
      if (id == null) {
        c.problems.add(new PostImport.Problem(p.row(), column, "unknown post: no published post of this campaign has this permalink"));
      } else if (!seen.add(p.permalink() + "|" + takenOn)) {
        c.problems.add(new PostImport.Problem(p.row(), column, "duplicate: figures of this post on " + takenOn + " are in the file twice"));
      } else if (published.get(id) != null && takenOn.isBefore(published.get(id))) {
        c.problems.add(new PostImport.Problem(p.row(), columnOf(entry, c, "TAKEN_ON", p.group()),
            "is before the post was published (" + published.get(id) + ")"));
      } else {
        good.add(p);
      }
    }
    c.posts.retainAll(good);
  }

  private static String columnOf(PostImportEntry entry, Check c, String field, int group) {
    String key = group == 1 ? field : field + "#" + group;
    Integer i = c.mapping.get(key);
    List<String> header = entry.header();
    return i == null || i >= header.size() || header.get(i).isBlank() ? key : header.get(i).strip();
  }

  /** Materials with one of these permalinks (of the campaign, when given), by permalink. */
  private Map<String, String> knownPermalinks(Set<String> links, String campaignId) {
    Map<String, String> out = new HashMap<>();
    List<String> all = new ArrayList<>(links);
    for (int i = 0; i < all.size(); i += 500) {
      List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
      String where = campaignId == null ? "" : " and m.campaignId = :c and m.status = :published";
      var q = em.createQuery("select m.permalink, m.id from Material m where m.permalink in :p" + where, Object[].class)
          .setParameter("p", chunk);
      if (campaignId != null) {
        q.setParameter("c", campaignId).setParameter("published", MaterialStatus.PUBLISHED);
      }
      q.getResultList().forEach(r -> out.put((String) r[0], (String) r[1]));
    }
    return out;
  }

  /** The campaign's meetings by id and by title (lower case), as the importer (an organiser or supervisor) reads them. */
  private Map<String, String> meetingsOf(String campaignId, Actor actor) {
    Map<String, String> out = new HashMap<>();
    for (int page = 0; page < 50; page++) {
      Page<MeetingSummary> p = meetings.list(campaignId, new PageRequest(page, 100), actor);
      for (MeetingSummary s : p.items()) {
        out.put(key(s.id()), s.id());
        out.putIfAbsent(key(s.title()), s.id());
      }
      if (p.items().size() < 100) {
        break;
      }
    }
    return out;
  }

  private static String key(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String clip(String v) {
    return v.length() > 60 ? v.substring(0, 60) + "…" : v;
  }

  private void saveCheck(PostImportEntry entry, Check c) {
    int snapshots = (int) c.posts.stream().filter(PostRows.Post::anyFigure).count();
    entry.checked(c.mapping, c.rows, c.posts.size(), snapshots);
    em.createQuery("delete from PostImportProblem p where p.importId = :i").setParameter("i", entry.id())
        .executeUpdate();
    int n = 0;
    for (PostImport.Problem p : c.problems) {
      if (n >= MAX_PROBLEMS) {
        em.persist(new PostImportProblem(entry.id(), n, new PostImport.Problem(p.row(), "—",
            (c.problems.size() - MAX_PROBLEMS) + " more problem(s) not listed")));
        break;
      }
      em.persist(new PostImportProblem(entry.id(), n++, p));
    }
    em.flush();
    if (c.problems.size() > MAX_PROBLEMS) {
      c.problems.subList(MAX_PROBLEMS, c.problems.size()).clear();
    }
  }

  private List<PostImport.Problem> problems(String importId) {
    return em.createQuery("select p from PostImportProblem p where p.importId = :i order by p.position",
            PostImportProblem.class)
        .setParameter("i", importId)
        .getResultStream()
        .map(PostImportProblem::view)
        .toList();
  }

  /** The first data rows of a file still in preview (the file is not read once the import is closed). */
  private List<List<String>> sample(PostImportEntry entry) {
    if (entry.state() != PostImport.State.PREVIEW) {
      return List.of();
    }
    List<List<String>> rows = new ArrayList<>();
    try (InputStream in = files.content(entry.fileId(), READER)) {
      PostCsv reader = new PostCsv(utf8(in));
      reader.next();
      for (List<String> r = reader.next(); r != null && rows.size() < SAMPLE_ROWS; r = reader.next()) {
        if (!r.stream().allMatch(String::isBlank)) {
          rows.add(r);
        }
      }
    } catch (IOException | UncheckedIOException | InvalidInput e) {
      return rows;
    }
    return rows;
  }

  private static java.io.Reader utf8(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  // ---------------------------------------------------------------- analytics

  @Override
  public PostAnalytics analytics(String campaignId, LocalDate from, LocalDate to, Actor actor) {
    String campaign = readableCampaign(campaignId, actor);
    LocalDate end = to == null ? today() : to;
    LocalDate start = from;
    if (start == null) {
      Instant first = em.createQuery("select min(m.publishedAt) from Material m where m.campaignId = :c "
              + "and m.status = :s and m.kindCode <> 'BULLETIN'", Instant.class)
          .setParameter("c", campaign)
          .setParameter("s", MaterialStatus.PUBLISHED)
          .getSingleResult();
      start = first == null ? end.withDayOfMonth(1) : first.atZone(ZONE).toLocalDate();
    }
    if (start.isAfter(end)) {
      throw new InvalidInput("from", "is after to");
    }
    if (YearMonth.from(start).plusMonths(MAX_MONTHS).isBefore(YearMonth.from(end))) {
      throw new InvalidInput("from", "the period is longer than " + MAX_MONTHS + " months");
    }
    List<Material> posts = em.createQuery("select m from Material m where m.campaignId = :c and m.status = :s "
            + "and m.kindCode <> 'BULLETIN' and m.publishedAt >= :from and m.publishedAt < :to "
            + "order by m.publishedAt, m.id", Material.class)
        .setParameter("c", campaign)
        .setParameter("s", MaterialStatus.PUBLISHED)
        .setParameter("from", start.atStartOfDay(ZONE).toInstant())
        .setParameter("to", end.plusDays(1).atStartOfDay(ZONE).toInstant())
        .getResultList();
    Map<String, EngagementEntry> latest = latestSnapshots(campaign, start, end);
    Map<String, String> meetingOf = new HashMap<>();
    em.createQuery("select mm.materialId, mm.meetingId from MaterialMeeting mm, Material m where m.id = mm.materialId "
            + "and m.campaignId = :c and m.publishedAt >= :from and m.publishedAt < :to", Object[].class)
        .setParameter("c", campaign)
        .setParameter("from", start.atStartOfDay(ZONE).toInstant())
        .setParameter("to", end.plusDays(1).atStartOfDay(ZONE).toInstant())
        .getResultStream()
        .forEach(r -> meetingOf.putIfAbsent((String) r[0], (String) r[1]));
    List<PostAnalytics.Row> rows = new ArrayList<>();
    for (Material m : posts) {
      EngagementSnapshot s = latest.containsKey(m.id()) ? latest.get(m.id()).view() : null;
      rows.add(new PostAnalytics.Row(m.id(), publishedOn(m), m.title(), m.kindCode(), meetingOf.get(m.id()),
          m.permalink(), m.publishedOutside(), s == null ? null : s.reactions(), s == null ? null : s.comments(),
          s == null ? null : s.shares(), s == null ? null : s.reach(), s == null ? null : s.engagedUsers()));
    }
    return PostAnalyticsMath.of(campaign, start, end, rows);
  }

  private Map<String, EngagementEntry> latestSnapshots(String campaign, LocalDate start, LocalDate end) {
    Map<String, EngagementEntry> latest = new LinkedHashMap<>();
    em.createQuery("select e from EngagementEntry e, Material m where m.id = e.materialId and m.campaignId = :c "
            + "and m.publishedAt >= :from and m.publishedAt < :to "
            + "order by e.materialId, e.takenOn desc, e.recordedAt desc", EngagementEntry.class)
        .setParameter("c", campaign)
        .setParameter("from", start.atStartOfDay(ZONE).toInstant())
        .setParameter("to", end.plusDays(1).atStartOfDay(ZONE).toInstant())
        .getResultStream()
        .forEach(e -> latest.putIfAbsent(e.materialId(), e));
    return latest;
  }

  @Override
  public String chartSvg(String campaignId, LocalDate from, LocalDate to, String language, Actor actor) {
    PostAnalytics a = analytics(campaignId, from, to, actor);
    return documents.svg(chart(a, language), chartWidth(a), CHART_HEIGHT);
  }

  @Override
  public byte[] chartPng(String campaignId, LocalDate from, LocalDate to, String language, Actor actor) {
    PostAnalytics a = analytics(campaignId, from, to, actor);
    return documents.png(chart(a, language), chartWidth(a), CHART_HEIGHT);
  }

  /** Wide enough for every month's label in full (Bangla month names are long). */
  static int chartWidth(PostAnalytics a) {
    return Math.max(800, Math.min(4000, 80 + 120 * a.byMonth().size()));
  }

  static Documents.BarChart chart(PostAnalytics a, String language) {
    boolean bn = "bn".equals(language);
    List<Documents.Bar> bars = new ArrayList<>();
    for (PostAnalytics.MonthTotals m : a.byMonth()) {
      bars.add(new Documents.Bar(monthLabel(m.month(), bn), m.interactions().sum()));
    }
    return bn
        ? new Documents.BarChart("মাসভিত্তিক পোস্টে সাড়া (প্রতিক্রিয়া, মন্তব্য, শেয়ার)", "মাস", "সাড়া", bars, true)
        : new Documents.BarChart("Interactions with posts per month (reactions, comments, shares)", "Month",
            "Interactions", bars, false);
  }

  private static final String[] MONTHS_BN = {"জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই",
      "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"};

  static String monthLabel(YearMonth month, boolean bn) {
    if (bn) {
      return MONTHS_BN[month.getMonthValue() - 1] + " " + Digits.toBengali(month.getYear());
    }
    return month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " " + month.getYear();
  }

  // ---------------------------------------------------------------- access

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZONE));
  }

  private static LocalDate publishedOn(Material m) {
    return m.publishedAt() == null ? null : m.publishedAt().atZone(ZONE).toLocalDate();
  }

  private Material readable(String materialId, Actor actor) {
    Material m = materialId == null || materialId.length() > 36 ? null : em.find(Material.class, materialId);
    if (m == null || !mayRead(m.campaignId(), actor)) {
      throw new NotFound("material", String.valueOf(materialId));
    }
    return m;
  }

  private Material writable(String materialId, Actor actor) {
    Material m = readable(materialId, actor);
    if (!mayWrite(m.campaignId(), actor)) {
      throw new Forbidden("only organisers and supervisors of the material's campaign record its figures");
    }
    return m;
  }

  private boolean mayRead(String campaignId, Actor actor) {
    return actor.hasAny(Role.ADMIN, Role.SAFEGUARDING_LEAD) || mayWrite(campaignId, actor);
  }

  private boolean mayWrite(String campaignId, Actor actor) {
    return actor.hasAny(Role.ORGANISER, Role.SUPERVISOR) && campaigns.belongs(campaignId, actor);
  }

  private String knownCampaign(String campaignId) {
    String id = campaignId == null || campaignId.isBlank() ? Campaign.DEFAULT_ID : campaignId.strip();
    if (id.length() > 36 || campaigns.all().stream().noneMatch(c -> c.id().equals(id))) {
      throw new InvalidInput("campaignId", "is not a known campaign");
    }
    return id;
  }

  private String readableCampaign(String campaignId, Actor actor) {
    String id = knownCampaign(campaignId);
    if (!mayRead(id, actor)) {
      throw new Forbidden("you do not read this campaign's materials");
    }
    return id;
  }

  private String writableCampaign(String campaignId, Actor actor) {
    String id = knownCampaign(campaignId);
    if (!mayWrite(id, actor)) {
      throw new Forbidden("only organisers and supervisors of the campaign import its posts");
    }
    return id;
  }

  private PostImportEntry readableImport(String importId, Actor actor) {
    PostImportEntry e = importId == null || importId.length() > 36 ? null : em.find(PostImportEntry.class, importId);
    if (e == null || !mayRead(e.campaignId(), actor)) {
      throw new NotFound("post import", String.valueOf(importId));
    }
    return e;
  }

  private PostImportEntry writableImport(String importId, Actor actor) {
    PostImportEntry e = readableImport(importId, actor);
    if (!mayWrite(e.campaignId(), actor)) {
      throw new Forbidden("only organisers and supervisors of the campaign import its posts");
    }
    return e;
  }

}
