package org.redheart.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.redheart.meetings.api.Invitations;
import org.redheart.meetings.api.LifecycleWork;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.meetings.api.Step;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.WorkItem;
import org.redheart.platform.api.WorkList;

/**
 * A user's open tasks with the meeting each belongs to: the meeting lifecycle's steps from its
 * step-status table (first, soonest due first), then other processes' tasks (speaker invitations'
 * follow-ups, network membership review) from the platform work list; one query for the page's
 * meetings (a speaker invitation's task names its invitation: its meeting is looked up).
 */
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

    /** A speaker invitation's task (opened on its own page, not the lifecycle's task form). */
    public boolean isInvitation() {
      return INVITATION_PROCESS.equals(item.processKey());
    }

    /** Where the task is worked on. */
    public String link() {
      if (isInvitation()) {
        return "/meetings/invitation-task.xhtml?task=" + item.id();
      }
      if (CONCERN_PROCESS.equals(item.processKey())) {
        return "/concerns/view.xhtml?id=" + item.subjectId();
      }
      if (MEMBERSHIP_PROCESS.equals(item.processKey())) {
        return "/network-application.xhtml?id=" + item.subjectId();
      }
      if (APPROVAL_PROCESS.equals(item.processKey())) {
        return "/materials/review.xhtml?task=" + item.id();
      }
      if (MEETING_POST_PROCESS.equals(item.processKey())) {
        return "/materials/post-from-meeting.xhtml?meeting=" + item.subjectId();
      }
      if (PUBLICATION_PROCESS.equals(item.processKey())) {
        // post it by hand on the post's page; the figure reminders on the figures form
        return ("Task_PostByHand".equals(item.step()) ? "/materials/view.xhtml?id=" : "/materials/engagement.xhtml?id=")
            + item.subjectId();
      }
      return "/tasks/form.xhtml?id=" + item.id();
    }
  }

  public static final String LIFECYCLE_PROCESS = "MeetingLifecycleProcess";
  public static final String INVITATION_PROCESS = "SpeakerInvitationProcess";
  public static final String MEMBERSHIP_PROCESS = "MembershipProcess";
  public static final String CONCERN_PROCESS = "SafeguardingConcernProcess";
  /** A material's review (clearance or approval): opened on the review page, titled by the material. */
  public static final String APPROVAL_PROCESS = "PublicationApprovalProcess";
  /** A meeting's social post handed over by its lifecycle: drafted on the post-from-meeting page. */
  public static final String MEETING_POST_PROCESS = "MeetingPostProcess";
  /** A social post's publication: post it by hand, record its figures 7 and 30 days after. */
  public static final String PUBLICATION_PROCESS = "PostPublicationProcess";

  public static final Set<String> APPROVAL_STEPS =
      Arrays.stream(Step.values()).filter(Step::approval).map(Step::taskKey).collect(Collectors.toUnmodifiableSet());

  /** Every task key of the lifecycle, this version's and the previous one's. */
  static final Set<String> LIFECYCLE_STEPS = Stream.concat(Arrays.stream(Step.values()).map(Step::taskKey),
      Stream.of("Task_ApproveSocialPost", "Task_DraftSocialPost", "Task_MarkPostHandled")).collect(Collectors.toUnmodifiableSet());

  @Inject WorkList workList;
  @Inject LifecycleWork lifecycleWork;
  @Inject Meetings meetings;
  @Inject Invitations invitations;

  public Page<Row> openFor(Actor actor, PageRequest page) {
    return combined(actor, false, page);
  }

  public Page<Row> approvalsFor(Actor actor, PageRequest page) {
    return combined(actor, true, page);
  }

  private Page<Row> combined(Actor actor, boolean approvalsOnly, PageRequest page) {
    Page<LifecycleWork.WorkStep> steps = lifecycleWork.openFor(actor, approvalsOnly, page);
    List<WorkItem> items = new ArrayList<>();
    steps.items().forEach(s -> items.add(new WorkItem(s.taskId(), LIFECYCLE_PROCESS, s.meetingId(), s.step(),
        Step.byTaskKey(s.step()).map(Step::name).orElse(s.step()), s.assigneeId(), s.openedAt(), s.dueAt())));
    long others;
    if (approvalsOnly) {
      others = 0;
    } else {
      // the other processes' tasks follow the lifecycle's: their offset is what this page has left
      long lifecycleTotal = steps.total();
      int otherOffset = (int) Math.max(0, page.offset() - lifecycleTotal);
      int room = page.size() - items.size();
      Page<WorkItem> rest = workList.openForExcept(actor.userId(), actor.roles(), LIFECYCLE_STEPS,
          new PageRequest(otherOffset / page.size(), page.size()));
      others = rest.total();
      if (room > 0) {
        // re-read from the exact offset when it is not on a page boundary of the other list
        List<WorkItem> from = otherOffset % page.size() == 0 ? rest.items()
            : workList.openForExcept(actor.userId(), actor.roles(), LIFECYCLE_STEPS, new PageRequest(0,
                Math.min(PageRequest.MAX_SIZE, otherOffset + room))).items().stream().skip(otherOffset).toList();
        from.stream().limit(room).forEach(items::add);
      }
    }
    return rows(new Page<>(items, page.page(), page.size(), steps.total() + others));
  }

  Page<Row> rows(Page<WorkItem> items) {
    Set<String> ids = new HashSet<>();
    Set<String> invitationIds = new HashSet<>();
    items.items().forEach(i -> {
      if (i.subjectId() != null && (LIFECYCLE_PROCESS.equals(i.processKey()) || MEETING_POST_PROCESS.equals(i.processKey()))) {
        ids.add(i.subjectId());
      } else if (i.subjectId() != null && INVITATION_PROCESS.equals(i.processKey())) {
        invitationIds.add(i.subjectId());
      }
    });
    Map<String, String> meetingOfInvitation = invitationIds.isEmpty() ? Map.of() : invitations.meetingIds(invitationIds);
    ids.addAll(meetingOfInvitation.values());
    Map<String, MeetingSummary> byId = ids.isEmpty() ? Map.of() : meetings.summaries(ids);
    return items.map(i -> {
      String meetingId = INVITATION_PROCESS.equals(i.processKey()) ? meetingOfInvitation.get(i.subjectId())
          : LIFECYCLE_PROCESS.equals(i.processKey()) || MEETING_POST_PROCESS.equals(i.processKey()) ? i.subjectId() : null;
      return new Row(i, meetingId == null ? null : byId.get(meetingId));
    });
  }
}
