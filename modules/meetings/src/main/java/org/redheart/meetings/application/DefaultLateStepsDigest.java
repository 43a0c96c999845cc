package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.meetings.api.Campaigns;
import org.redheart.meetings.api.LateStepsDigest;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.domain.DigestSent;
import org.redheart.meetings.domain.DueDates;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.StepStatusEntry;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.Role;

@ApplicationScoped
@Transactional
public class DefaultLateStepsDigest implements LateStepsDigest {
  static final int MAX_LATE_STEPS = 5_000;
  static final int MAX_SUPERVISORS = 500;

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject Campaigns campaigns;
  @Inject LifecycleMails mails;
  @Inject Audit audit;

  Clock clock = Clock.systemUTC();

  /** One late step in a digest. */
  record LateStep(String meetingTitle, String campaignId, Step step, Instant dueAt, int daysLate, String zone) {}

  @Override
  public int runNow(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new Forbidden("only admins run the digest by hand");
    }
    int sent = send(clock.instant());
    audit.record(actor.userId(), "digest.run", "digest:" + LocalDate.now(clock), Map.of("sent", String.valueOf(sent)));
    return sent;
  }

  /** The hourly timer's tick: sends today's digests once the configured hour has come. */
  public int runScheduled() {
    Instant now = clock.instant();
    int hour = ConfigProvider.getConfig().getOptionalValue("redheart.digest.hour-utc", Integer.class).orElse(3);
    if (now.atZone(ZoneOffset.UTC).getHour() < hour) {
      return 0;
    }
    return send(now);
  }

  int send(Instant now) {
    LocalDate day = now.atZone(ZoneOffset.UTC).toLocalDate();
    List<StepStatusEntry> late = em.createQuery(
            "select s from StepStatusEntry s where s.state = 'OPEN' and s.dueAt < :now order by s.dueAt",
            StepStatusEntry.class)
        .setParameter("now", now)
        .setMaxResults(MAX_LATE_STEPS)
        .getResultList();
    if (late.isEmpty()) {
      return 0;
    }
    Map<String, Meeting> meetings = new HashMap<>();
    em.createQuery("select m from Meeting m where m.id in :ids", Meeting.class)
        .setParameter("ids", late.stream().map(StepStatusEntry::meetingId).distinct().toList())
        .getResultStream()
        .forEach(m -> meetings.put(m.id(), m));
    Map<String, List<LateStep>> byCampaign = new TreeMap<>();
    for (StepStatusEntry s : late) {
      Meeting m = meetings.get(s.meetingId());
      Step step = Step.byTaskKey(s.step()).orElse(null);
      if (m == null || step == null || !m.isActive()) {
        continue;
      }
      int days = DueDates.status(s.dueAt(), null, now, m.zone()).daysLate();
      byCampaign.computeIfAbsent(s.campaignId(), c -> new ArrayList<>())
          .add(new LateStep(m.title(), s.campaignId(), step, s.dueAt(), days, m.zone().getId()));
    }
    Map<String, List<LateStep>> byUser = new LinkedHashMap<>();
    byCampaign.forEach((campaignId, steps) -> campaigns.supervisors(campaignId, MAX_SUPERVISORS)
        .forEach(u -> byUser.computeIfAbsent(u, k -> new ArrayList<>()).addAll(steps)));
    int sent = 0;
    for (Map.Entry<String, List<LateStep>> e : byUser.entrySet()) {
      if (em.find(DigestSent.class, new DigestSent.Key(e.getKey(), day)) != null) {
        continue;
      }
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("day", day.toString());
      model.put("count", e.getValue().size());
      model.put("linesEn", lines(e.getValue(), "en"));
      model.put("linesBn", lines(e.getValue(), "bn"));
      model.put("link", LifecycleMails.baseUrl() + "/meetings/board.xhtml");
      if (mails.send(e.getKey(), LifecycleMails.DIGEST, model, "digest:" + day)) {
        em.persist(new DigestSent(e.getKey(), day, now));
        sent++;
      }
    }
    return sent;
  }

  /** One line per late step: "Meeting title: step name, due 2026-12-01 17:00 Asia/Dhaka, 3 days late". */
  static String lines(List<LateStep> steps, String language) {
    StringBuilder sb = new StringBuilder();
    for (LateStep s : steps) {
      String due = LifecycleMails.when(s.dueAt(), java.time.ZoneId.of(s.zone()));
      if ("bn".equals(language)) {
        sb.append("- ").append(s.meetingTitle()).append(": ").append(StepNames.name(s.step(), "bn"))
            .append(", নির্ধারিত সময় ").append(due).append(", ").append(s.daysLate()).append(" দিন দেরি\n");
      } else {
        sb.append("- ").append(s.meetingTitle()).append(": ").append(StepNames.name(s.step(), "en"))
            .append(", due ").append(due).append(", ").append(s.daysLate())
            .append(s.daysLate() == 1 ? " day late\n" : " days late\n");
      }
    }
    return sb.toString();
  }
}
