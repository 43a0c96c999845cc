package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/** My tasks (all open tasks assigned or offered to me) and Approvals (only approval steps). */
@Named
@RequestScoped
public class TasksView {
  static final int PAGE_SIZE = 20;

  @Inject WorkItems workItems;
  @Inject CurrentUser currentUser;

  private int page;
  private Page<WorkItems.Row> tasks;
  private Page<WorkItems.Row> approvals;
  private Page<org.redheart.materials.api.ReviewTask> reviews;
  @Inject org.redheart.materials.api.Materials materials;

  public Page<WorkItems.Row> getTasks() {
    if (tasks == null) {
      tasks = workItems.openFor(currentUser.actor(), new PageRequest(page, PAGE_SIZE));
    }
    return tasks;
  }

  public Page<WorkItems.Row> getApprovals() {
    if (approvals == null) {
      approvals = workItems.approvalsFor(currentUser.actor(), new PageRequest(page, PAGE_SIZE));
    }
    return approvals;
  }

  /** Materials waiting for the user's clearance or approval (the first page), shown with the approvals. */
  public Page<org.redheart.materials.api.ReviewTask> getReviews() {
    if (reviews == null) {
      reviews = materials.reviewTasks(currentUser.actor(), new PageRequest(0, PAGE_SIZE));
    }
    return reviews;
  }

  public int getPage() { return page; }
  public void setPage(int page) { this.page = Math.max(0, Math.min(page, 100_000)); }
}
