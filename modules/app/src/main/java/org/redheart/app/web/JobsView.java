package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Jobs;
import org.redheart.platform.api.Jobs.JobStatus;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Users;

/**
 * Background jobs: my jobs (admins: all) with their progress; the page reloads itself every few
 * seconds while a job runs (an HTTP {@code Refresh} header, no script), so it can be left and come
 * back to. Admins can start the demo job; the owner or an admin can cancel.
 */
@Named
@RequestScoped
public class JobsView {
  static final int PAGE_SIZE = 20;
  static final String DEMO_KIND = "platform.demo-count";

  @Inject Jobs jobs;
  @Inject Users users;
  @Inject CurrentUser currentUser;

  private int page;
  private Page<JobStatus> result;
  private Map<String, String> names;
  private String items = "100";
  private String pauseMs = "200";

  public Page<JobStatus> getResult() {
    if (result == null) {
      result = jobs.list(currentUser.actor(), new PageRequest(page, PAGE_SIZE));
      Set<String> ids = new HashSet<>();
      result.items().forEach(j -> ids.add(j.startedBy()));
      names = users.displayNames(ids);
    }
    return result;
  }

  public String startedByName(String userId) {
    getResult();
    return names.getOrDefault(userId, userId);
  }

  /** While a listed job is unfinished, the browser reloads the page every 3 seconds. */
  public void refreshWhileRunning() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    if (getResult().items().stream().anyMatch(j -> !j.finished())) {
      ((HttpServletResponse) faces.getExternalContext().getResponse()).setHeader("Refresh", "3");
    }
  }

  public boolean isMayStartDemo() {
    return jobs.kindsFor(currentUser.actor()).contains(DEMO_KIND);
  }

  public void startDemo() {
    try {
      jobs.start(DEMO_KIND, Map.of("items", items == null ? "" : items, "pauseMs", pauseMs == null ? "" : pauseMs),
          currentUser.actor());
      Pages.info("jobs.started");
      Pages.redirect("/jobs.xhtml");
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, Map.of("items", "demo:items", "pauseMs", "demo:pauseMs"));
    } catch (org.redheart.platform.api.Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  public void cancel() {
    String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("jobId");
    try {
      jobs.cancel(id, currentUser.actor());
      Pages.info("jobs.cancelRequested");
      Pages.redirect("/jobs.xhtml");
    } catch (NotFound | Conflict e) {
      Pages.error(e.getMessage());
    }
  }

  public String stateLabel(JobStatus job) {
    return Pages.text("jobs.state." + job.state().name());
  }

  public String badge(JobStatus job) {
    return switch (job.state()) {
      case SUCCEEDED -> "badge badge-ok";
      case FAILED, CANCELLED -> "badge badge-late";
      default -> "badge badge-current";
    };
  }

  public List<String> getKinds() {
    return jobs.kindsFor(currentUser.actor());
  }

  public int getPage() { return page; }
  public void setPage(int page) { this.page = Math.max(0, Math.min(page, 100_000)); }
  public String getItems() { return items; }
  public void setItems(String v) { this.items = v; }
  public String getPauseMs() { return pauseMs; }
  public void setPauseMs(String v) { this.pauseMs = v; }
}
