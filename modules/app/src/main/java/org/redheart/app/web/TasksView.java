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

  public int getPage() { return page; }
  public void setPage(int page) { this.page = Math.max(0, Math.min(page, 100_000)); }
}
