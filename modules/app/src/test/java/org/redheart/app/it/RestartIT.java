package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redheart.app.it.JobsApiIT.await;
import static org.redheart.app.it.JobsApiIT.demoJob;
import static org.redheart.app.it.JobsApiIT.done;
import static org.redheart.app.it.JobsApiIT.sleep;
import static org.redheart.app.it.MeetingsApiIT.group;

import java.io.File;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Crash tests on a server of this class's own (the built WAR plus a test-only event, handler and
 * endpoint), killed with SIGKILL and started again on the same database: a failed event delivery
 * is retried after the restart, a running job resumes from its checkpoint. Also the CSV export of
 * an audit entry that looks like a formula.
 */
class RestartIT {
  private static final Pattern EVENT_ID = Pattern.compile("\"eventId\":\"([^\"]+)\"");
  private static PayaraServer server;
  private static String token;

  @BeforeAll
  static void startOwnServer() {
    Path target = Path.of(System.getProperty("redheart.it.target", "target"));
    File war = target.resolve("redheart-it-restart.war").toFile();
    ShrinkWrap.create(ZipImporter.class, "redheart.war")
        .importFrom(new File(System.getProperty("redheart.it.war")))
        .as(WebArchive.class)
        .addClasses(ItEventHappened.class, ItFlakyHandler.class, ItResource.class)
        .as(ZipExporter.class)
        .exportTo(war, true);
    Map<String, String> properties = new LinkedHashMap<>();
    if ("postgres".equals(System.getProperty("redheart.it.db"))) {
      properties.putAll(PayaraServer.database("rst"));
    } else {
      properties.put("redheart.db.driver", "org.redheart.app.infrastructure.H2DataSource");
      properties.put("redheart.db.url", "jdbc:h2:file:" + target.toAbsolutePath().resolve("it-restart-data/db/redheart")
          + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
      properties.put("redheart.db.user", "sa");
    }
    properties.put("redheart.events.poll-seconds", "1");
    properties.put("redheart.jobs.lease-seconds", "10");
    server = PayaraServer.start(war.toPath(), target.resolve("it-restart-data"), "it-restart-server", properties);
    token = new Browserless(server.baseUrl()).login("admin", server.adminPassword()).createToken();
  }

  @AfterAll
  static void stopOwnServer() {
    if (server != null) {
      server.stop();
    }
  }

  private static Browserless admin() {
    return Browserless.withToken(server.baseUrl(), token);
  }

  /**
   * One SIGKILL for both kinds of background work (each kill and restart of Payara Micro costs
   * half a minute or more on two cores): an event whose handler failed, and a job that is running.
   */
  @Test
  void afterAKillAFailedEventIsDeliveredOnceAndARunningJobResumesFromItsCheckpoint() {
    Browserless admin = admin();
    assertThat(admin.postJson("/api/it/failing?on=true", "{}").statusCode()).isEqualTo(200);
    String name = UUID.randomUUID().toString();
    assertThat(admin.postJson("/api/it/events?name=" + name, "{}").statusCode()).isEqualTo(200);
    String eventId = awaitPendingDelivery(admin);
    String failed = awaitBody(admin, "/api/events/" + eventId + "/deliveries", Duration.ofSeconds(30),
        b -> b.contains("\"attempts\":1") && b.contains("failing on purpose"));
    assertThat(failed).contains("\"state\":\"PENDING\"").contains("ItFlakyHandler");
    String jobId = group(JobsApiIT.ID, admin.postJson("/api/jobs", demoJob(60, 250)).body());
    long before = done(await(admin, jobId, Duration.ofSeconds(60), b -> b.contains("\"state\":\"RUNNING\"") && done(b) >= 5));

    server.kill();
    server.restart(Map.of("redheart.it.failEvents", "false"));

    String delivered = awaitBody(admin(), "/api/events/" + eventId + "/deliveries", Duration.ofSeconds(90),
        b -> b.contains("\"state\":\"DELIVERED\""));
    assertThat(delivered).contains("\"attempts\":2");
    String audit = admin().get("/api/audit?action=it.event-handled&subject=it:" + name).body();
    assertThat(audit).contains("\"total\":1").contains("attempt=2");

    String finished = await(admin(), jobId, Duration.ofSeconds(120), b -> b.contains("\"state\":\"SUCCEEDED\""));
    assertThat(done(finished)).isEqualTo(60);
    assertThat(finished).contains("\"runs\":2");
    Matcher resumed = Pattern.compile("resumed after item (\\d+)").matcher(finished);
    assertThat(resumed.find()).as(finished).isTrue();
    assertThat(Long.parseLong(resumed.group(1))).isGreaterThanOrEqualTo(before).isLessThan(60);
  }

  @Test
  void theCsvExportNeutralisesCellsThatLookLikeFormulas() {
    Browserless admin = admin();
    String subject = "=HYPERLINK(\"http://evil.example\",\"" + UUID.randomUUID() + "\")";
    assertThat(admin.postJson("/api/it/audit?subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8)
        + "&note=" + URLEncoder.encode("+1", StandardCharsets.UTF_8), "{}").statusCode()).isEqualTo(200);
    HttpResponse<String> csv = admin.get("/api/audit/export.csv?action=it.recorded&subject="
        + URLEncoder.encode(subject, StandardCharsets.UTF_8));
    assertThat(csv.statusCode()).isEqualTo(200);
    String expected = "\"'" + subject.replace("\"", "\"\"") + "\"";
    assertThat(csv.body()).contains(expected).doesNotContain(",\"=HYPERLINK").contains("\"note=+1\"");
  }

  private static String awaitPendingDelivery(Browserless admin) {
    String body = awaitBody(admin, "/api/events/deliveries?state=PENDING&size=200", Duration.ofSeconds(30),
        b -> b.contains("ItFlakyHandler"));
    return group(EVENT_ID, body);
  }

  private static String awaitBody(Browserless client, String path, Duration timeout, java.util.function.Predicate<String> condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = client.get(path);
      body = r.body();
      if (r.statusCode() == 200 && condition.test(body)) {
        return body;
      }
      sleep(300);
    }
    throw new AssertionError(path + " did not reach the expected state in " + timeout + ": " + body);
  }
}
