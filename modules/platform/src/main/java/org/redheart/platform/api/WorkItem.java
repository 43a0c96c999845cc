package org.redheart.platform.api;

import java.time.Instant;

/**
 * An open task of a process, as a work list shows it. {@code subjectId} is the business key (for a
 * meeting task, the meeting id); {@code step} is the task's key in its process.
 */
public record WorkItem(
    String id,
    String processKey,
    String subjectId,
    String step,
    String name,
    String assigneeId,
    Instant createdAt,
    Instant dueAt) {

  public boolean isLate(Instant now) {
    return dueAt != null && dueAt.isBefore(now);
  }
}
