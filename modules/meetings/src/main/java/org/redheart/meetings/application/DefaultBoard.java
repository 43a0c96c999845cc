package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redheart.meetings.api.Board;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.Campaigns;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.domain.DueDates;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.StepStatus;
import org.redheart.meetings.domain.StepStatusEntry;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultBoard implements Board {

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject Campaigns campaigns;

  Clock clock = Clock.systemUTC();

  @Override
  public BoardPage board(String campaignId, PageRequest page, Actor actor) {
    if (!actor.hasAny(Role.ORGANISER, Role.SUPERVISOR, Role.SAFEGUARDING_LEAD, Role.ADMIN)) {
      throw new Forbidden("your roles do not include reading meetings");
    }
    List<Campaign> visible = campaigns.visibleTo(actor);
    List<String> ids;
    if (campaignId == null || campaignId.isBlank()) {
      ids = visible.stream().map(Campaign::id).toList();
      campaignId = null;
    } else {
      String wanted = campaignId;
      if (visible.stream().noneMatch(c -> c.id().equals(wanted))) {
        throw new Forbidden("you do not belong to this campaign");
      }
      ids = List.of(campaignId);
    }
    if (ids.isEmpty()) {
      return new BoardPage(campaignId, visible, List.of(), page.page(), page.size(), 0);
    }
    long total = em.createQuery("select count(m) from Meeting m where m.campaignId in :c", Long.class)
        .setParameter("c", ids)
        .getSingleResult();
    List<Meeting> meetings = em.createQuery(
            "select m from Meeting m where m.campaignId in :c order by m.startsAt desc, m.id", Meeting.class)
        .setParameter("c", ids)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
    Map<String, Map<String, StepStatusEntry>> byMeeting = new HashMap<>();
    if (!meetings.isEmpty()) {
      em.createQuery("select s from StepStatusEntry s where s.meetingId in :m", StepStatusEntry.class)
          .setParameter("m", meetings.stream().map(Meeting::id).toList())
          .getResultStream()
          .forEach(s -> byMeeting.computeIfAbsent(s.meetingId(), k -> new HashMap<>()).put(s.step(), s));
    }
    Instant now = clock.instant();
    List<Row> rows = new ArrayList<>();
    for (Meeting m : meetings) {
      Map<String, StepStatusEntry> statuses = byMeeting.getOrDefault(m.id(), Map.of());
      List<Cell> cells = new ArrayList<>();
      if (!Meeting.STATUS_HISTORICAL.equals(m.status())) {
        for (Step step : Board.columns()) {
          cells.add(cell(step, statuses.get(step.taskKey()), now, m));
        }
      }
      rows.add(new Row(m.id(), m.campaignId(), m.title(), m.startsAt(), m.status(), cells));
    }
    return new BoardPage(campaignId, visible, rows, page.page(), page.size(), total);
  }

  @Override
  public org.redheart.platform.api.Page<LateStep> late(PageRequest page, Actor actor) {
    if (!actor.hasAny(Role.ORGANISER, Role.SUPERVISOR, Role.SAFEGUARDING_LEAD, Role.ADMIN)) {
      throw new Forbidden("your roles do not include reading meetings");
    }
    List<String> ids = campaigns.visibleTo(actor).stream().map(Campaign::id).toList();
    if (ids.isEmpty()) {
      return new org.redheart.platform.api.Page<>(List.of(), page.page(), page.size(), 0);
    }
    Instant now = clock.instant();
    String where = " from StepStatusEntry s where s.campaignId in :c and s.state = :open and s.dueAt < :now";
    long total = em.createQuery("select count(s)" + where, Long.class)
        .setParameter("c", ids).setParameter("open", StepStatusEntry.OPEN).setParameter("now", now)
        .getSingleResult();
    List<StepStatusEntry> steps = em.createQuery("select s" + where + " order by s.dueAt, s.meetingId", StepStatusEntry.class)
        .setParameter("c", ids).setParameter("open", StepStatusEntry.OPEN).setParameter("now", now)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
    Map<String, Meeting> meetings = new HashMap<>();
    if (!steps.isEmpty()) {
      em.createQuery("select m from Meeting m where m.id in :ids", Meeting.class)
          .setParameter("ids", steps.stream().map(StepStatusEntry::meetingId).distinct().toList())
          .getResultStream()
          .forEach(m -> meetings.put(m.id(), m));
    }
    List<LateStep> items = new ArrayList<>();
    for (StepStatusEntry s : steps) {
      Meeting m = meetings.get(s.meetingId());
      if (m != null) {
        StepStatus status = DueDates.status(s.dueAt(), null, now, m.zone());
        items.add(new LateStep(m.id(), m.title(), s.step(), s.dueAt(), status.daysLate()));
      }
    }
    return new org.redheart.platform.api.Page<>(items, page.page(), page.size(), total);
  }

  static Cell cell(Step step, StepStatusEntry s, Instant now, Meeting meeting) {
    if (s == null) {
      return new Cell(step.taskKey(), Cell.NONE, 0, null, false, false);
    }
    if (StepStatusEntry.CANCELLED.equals(s.state())) {
      return new Cell(step.taskKey(), Cell.CANCELLED, 0, s.dueAt(), s.shortNotice(), false);
    }
    Instant completed = StepStatusEntry.DONE.equals(s.state()) ? s.completedAt() : null;
    StepStatus status = DueDates.status(s.dueAt(), completed, now, meeting.zone());
    return new Cell(step.taskKey(), status.state().name(), status.daysLate(), s.dueAt(), s.shortNotice(), s.isOpen());
  }
}
