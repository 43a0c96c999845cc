package org.redheart.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.meetings.api.Step;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.WorkItem;
import org.redheart.platform.api.WorkList;

/** A user's open tasks with the meeting each belongs to (one query for the page's meetings). */
@ApplicationScoped
public class WorkItems {

  /** An open task and the meeting it is for (null for tasks of other processes). */
  public record Row(WorkItem item, MeetingSummary meeting) {
    public Step step() {
      return Step.byTaskKey(item.step()).orElse(null);
    }

    public boolean isLate() {
      return item.isLate(java.time.Instant.now());
    }
  }

  public static final Set<String> APPROVAL_STEPS =
      Arrays.stream(Step.values()).filter(Step::approval).map(Step::taskKey).collect(Collectors.toUnmodifiableSet());

  @Inject WorkList workList;
  @Inject Meetings meetings;

  public Page<Row> openFor(Actor actor, PageRequest page) {
    return rows(workList.openFor(actor.userId(), actor.roles(), Set.of(), page));
  }

  public Page<Row> approvalsFor(Actor actor, PageRequest page) {
    return rows(workList.openFor(actor.userId(), actor.roles(), APPROVAL_STEPS, page));
  }

  private Page<Row> rows(Page<WorkItem> items) {
    Set<String> ids = new HashSet<>();
    items.items().forEach(i -> {
      if (i.subjectId() != null) {
        ids.add(i.subjectId());
      }
    });
    Map<String, MeetingSummary> byId = meetings.summaries(ids);
    return items.map(i -> new Row(i, i.subjectId() == null ? null : byId.get(i.subjectId())));
  }
}
