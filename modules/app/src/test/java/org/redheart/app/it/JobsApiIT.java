package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redheart.app.it.MeetingsApiIT.group;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Background jobs over REST and on their page: progress, cancel, who sees what, bad input. */
@ExtendWith(TestServer.class)
class JobsApiIT {
  static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  static final Pattern DONE = Pattern.compile("\"done\":(\\d+)");
  static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z]+)\"");

  static String demoJob(int items, int pauseMs) {
    return "{\"kind\":\"platform.demo-count\",\"parameters\":{\"items\":\"" + items + "\",\"pauseMs\":\"" + pauseMs + "\"}}";
  }

  /** Reads the job until the condition holds (or fails after the timeout); returns the last body. */
  static String await(Browserless client, String jobId, Duration timeout, Predicate<String> condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = client.get("/api/jobs/" + jobId);
      body = r.body();
      if (r.statusCode() == 200 && condition.test(body)) {
        return body;
      }
      sleep(300);
    }
    throw new AssertionError("job " + jobId + " did not reach the expected state in " + timeout + ": " + body);
  }

  static long done(String body) {
    return Long.parseLong(group(DONE, body));
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aJobReportsItsProgressAndStopsWhenCancelled() {
    Browserless admin = Browserless.admin();
    HttpResponse<String> started = admin.postJson("/api/jobs", demoJob(2000, 50));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = group(ID, started.body());
    String running = await(admin, id, Duration.ofSeconds(60), b -> b.contains("\"state\":\"RUNNING\"") && done(b) >= 3);
    String later = await(admin, id, Duration.ofSeconds(30), b -> done(b) > done(running));
    assertThat(later).contains("\"total\":2000");

    HttpResponse<String> cancel = admin.postJson("/api/jobs/" + id + "/cancel", "{}");
    assertThat(cancel.statusCode()).isEqualTo(200);
    assertThat(cancel.body()).contains("\"cancelRequested\":true");
    String cancelled = await(admin, id, Duration.ofSeconds(30), b -> b.contains("\"state\":\"CANCELLED\""));
    assertThat(done(cancelled)).isLessThan(2000);
    assertThat(admin.postJson("/api/jobs/" + id + "/cancel", "{}").statusCode()).as("already finished").isEqualTo(409);
  }

  @Test
  void aShortJobSucceedsWithEveryItemDone() {
    Browserless admin = Browserless.admin();
    String id = group(ID, admin.postJson("/api/jobs", demoJob(5, 0)).body());
    String done = await(admin, id, Duration.ofSeconds(60), b -> b.contains("\"state\":\"SUCCEEDED\""));
    assertThat(done(done)).isEqualTo(5);
    assertThat(done).contains("\"runs\":1");
  }

  @Test
  void usersSeeOnlyTheirOwnJobsAndMayNotCancelOthers() {
    Browserless admin = Browserless.admin();
    String id = group(ID, admin.postJson("/api/jobs", demoJob(3, 0)).body());
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    assertThat(organiser.get("/api/jobs/" + id).statusCode()).isEqualTo(404);
    assertThat(organiser.postJson("/api/jobs/" + id + "/cancel", "{}").statusCode()).isEqualTo(404);
    assertThat(organiser.get("/api/jobs").body()).doesNotContain(id);
    assertThat(admin.get("/api/jobs?size=200").body()).contains(id);
  }

  @Test
  void theDemoJobIsForAdminsAndBadParametersAreRefusedWithTheirField() {
    HttpResponse<String> organiser = Browserless.asNewUser("ORGANISER").postJson("/api/jobs", demoJob(5, 0));
    assertThat(organiser.statusCode()).isEqualTo(403);
    Browserless admin = Browserless.admin();
    HttpResponse<String> bad = admin.postJson("/api/jobs",
        "{\"kind\":\"platform.demo-count\",\"parameters\":{\"items\":\"lots\",\"pauseMs\":\"-1\"}}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"items\"").contains("\"field\":\"pauseMs\"");
    assertThat(admin.postJson("/api/jobs", "{\"kind\":\"no.such-kind\"}").statusCode()).isEqualTo(400);
    assertThat(admin.get("/api/jobs/not-a-job").statusCode()).isEqualTo(404);
  }

  @Test
  void theJobsPageShowsProgressAndReloadsItselfWhileAJobRuns() {
    Browserless admin = Browserless.anonymous().login("admin", TestServer.get().adminPassword());
    Browserless api = Browserless.admin();
    String id = group(ID, api.postJson("/api/jobs", demoJob(400, 100)).body());
    await(api, id, Duration.ofSeconds(60), b -> b.contains("\"state\":\"RUNNING\""));
    HttpResponse<String> page = admin.get("/jobs.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("platform.demo-count").contains("<progress").contains(id.substring(0, 8));
    assertThat(page.headers().firstValue("Refresh")).hasValue("3");
    api.postJson("/api/jobs/" + id + "/cancel", "{}");
    await(api, id, Duration.ofSeconds(30), b -> b.contains("\"state\":\"CANCELLED\""));
  }
}
