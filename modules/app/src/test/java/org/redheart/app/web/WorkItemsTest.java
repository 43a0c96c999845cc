package org.redheart.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.api.Invitations;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.WorkItem;

/** My tasks: a speaker invitation's task shows with its meeting and opens its own page. */
class WorkItemsTest {

  private final List<Collection<String>> invitationLookups = new ArrayList<>();
  private final List<Collection<String>> meetingLookups = new ArrayList<>();

  @SuppressWarnings("unchecked")
  private static <T> T fake(Class<T> type, String method, Function<Object[], Object> answer) {
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
      if (m.getName().equals(method)) {
        return answer.apply(args);
      }
      throw new UnsupportedOperationException(m.getName());
    });
  }

  private static MeetingSummary meeting(String id, String title) {
    ZonedDateTime at = ZonedDateTime.of(2026, 12, 10, 10, 0, 0, 0, ZoneId.of("Asia/Dhaka"));
    return new MeetingSummary(id, "c1", title, 4, at, at.plusHours(2), "Dhaka", null, 30, "u1", "INVITE_SPEAKERS");
  }

  private WorkItems workItems() {
    WorkItems w = new WorkItems();
    w.invitations = fake(Invitations.class, "meetingIds", args -> {
      @SuppressWarnings("unchecked") Collection<String> ids = (Collection<String>) args[0];
      invitationLookups.add(List.copyOf(ids));
      return Map.of("inv-1", "m-2");
    });
    w.meetings = fake(Meetings.class, "summaries", args -> {
      @SuppressWarnings("unchecked") Collection<String> ids = (Collection<String>) args[0];
      meetingLookups.add(List.copyOf(ids));
      return Map.of("m-1", meeting("m-1", "Launch"), "m-2", meeting("m-2", "Dhaka dialogue"));
    });
    return w;
  }

  private static WorkItem item(String id, String process, String subject, String step) {
    return new WorkItem(id, process, subject, step, step, "u1", Instant.parse("2026-11-01T10:00:00Z"), null);
  }

  @Test
  void aSpeakerInvitationTaskShowsItsMeetingAndLinksToTheInvitationTaskPage() {
    Page<WorkItem> items = new Page<>(List.of(
        item("t1", WorkItems.LIFECYCLE_PROCESS, "m-1", "Task_InviteSpeakers"),
        item("t2", WorkItems.INVITATION_PROCESS, "inv-1", "Task_FindReplacement"),
        item("t3", WorkItems.MEMBERSHIP_PROCESS, "app-9", "Task_ReviewApplication")), 0, 20, 3);

    List<WorkItems.Row> rows = workItems().rows(items).items();

    assertThat(invitationLookups).containsExactly(List.of("inv-1"));
    assertThat(meetingLookups).hasSize(1);
    assertThat(meetingLookups.get(0)).containsExactlyInAnyOrder("m-1", "m-2");
    assertThat(rows.get(0).meeting().title()).isEqualTo("Launch");
    assertThat(rows.get(0).link()).isEqualTo("/tasks/form.xhtml?id=t1");
    assertThat(rows.get(0).isInvitation()).isFalse();
    assertThat(rows.get(1).meeting().title()).as("the invitation's meeting").isEqualTo("Dhaka dialogue");
    assertThat(rows.get(1).isInvitation()).isTrue();
    assertThat(rows.get(1).link()).isEqualTo("/meetings/invitation-task.xhtml?task=t2");
    assertThat(rows.get(2).meeting()).isNull();
    assertThat(rows.get(2).link()).isEqualTo("/network-application.xhtml?id=app-9");
  }

  @Test
  void publicationTasksLinkToThePostOrItsFiguresForm() {
    Page<WorkItem> items = new Page<>(List.of(
        item("t1", WorkItems.PUBLICATION_PROCESS, "mat-1", "Task_PostByHand"),
        item("t2", WorkItems.PUBLICATION_PROCESS, "mat-1", "Task_RecordFiguresWeek"),
        item("t3", WorkItems.PUBLICATION_PROCESS, "mat-1", "Task_RecordFiguresMonth")), 0, 20, 3);

    List<WorkItems.Row> rows = workItems().rows(items).items();

    assertThat(rows).extracting(WorkItems.Row::link).containsExactly("/materials/view.xhtml?id=mat-1",
        "/materials/engagement.xhtml?id=mat-1", "/materials/engagement.xhtml?id=mat-1");
  }

  @Test
  void noInvitationTasksNoInvitationLookUp() {
    Page<WorkItem> items = new Page<>(List.of(item("t1", WorkItems.LIFECYCLE_PROCESS, "m-1", "Task_InviteSpeakers")), 0, 20, 1);

    List<WorkItems.Row> rows = workItems().rows(items).items();

    assertThat(invitationLookups).isEmpty();
    assertThat(rows).singleElement().extracting(r -> r.meeting().id()).isEqualTo("m-1");
  }

  @Test
  void aMaterialReviewOpensTheReviewPageAndLooksUpNoMeeting() {
    Page<WorkItem> items = new Page<>(List.of(
        item("t7", WorkItems.APPROVAL_PROCESS, "mat-1:2", "Task_ApproveVersion")), 0, 20, 1);

    List<WorkItems.Row> rows = workItems().rows(items).items();

    assertThat(meetingLookups).isEmpty();
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.meeting()).isNull();
      assertThat(r.link()).isEqualTo("/materials/review.xhtml?task=t7");
    });
  }
}
