package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} right after an acknowledged enqueue loses no mail. A Payara Micro of its own
 * (not the shared one), on a fresh database of the run's kind (H2 file, or a PostgreSQL database
 * created and dropped here), points at a GreenMail in this JVM that is stopped; 50 mails are
 * enqueued through REST, the server is killed within 100 ms of the last "202 Accepted", then it
 * and GreenMail start again: every mail arrives exactly once, by Message-ID.
 *
 * <p>The one duplicate the outbox allows — a mail the relay accepted just before the kill, whose
 * "sent" was not yet committed — cannot happen here because the relay is down while the server
 * dies; it is covered by the dispatcher's lease test.
 */
class MailCrashIT {
  private static final Pattern IDS = Pattern.compile("\"ids\":\\[([^\\]]*)\\]");

  @Test
  void killMinusNineRightAfterAnAcknowledgedEnqueueLosesNoMailAndSendsNoneTwice() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    FreshDatabase db = FreshDatabase.create("rh_crash_", "it-crash-data", run);
    int smtpPort = PayaraLauncher.freePort();
    GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
    String adminPassword = "crash-" + UUID.randomUUID();
    PayaraLauncher.Options options = PayaraLauncher.Options.fromSystemProperties("it-crash")
        .withDatabase(db.driver(), db.url(), db.user())
        .with("redheart.admin.username", "admin")
        .with("redheart.admin.password", adminPassword)
        .with("redheart.smtp.host", "127.0.0.1")
        .with("redheart.smtp.port", Integer.toString(smtpPort))
        .with("redheart.smtp.tls", "false")
        .with("redheart.mail.poll-millis", "200")
        .with("redheart.mail.outage-pause-seconds", "2")
        .with("redheart.mail.lease-seconds", "10");
    PayaraLauncher.deleteRecursively(options.dataDir());
    Process server = PayaraLauncher.start(options);
    try {
      String token = new Browserless(options.baseUrl()).login("admin", adminPassword).createToken();
      Browserless admin = Browserless.at(options.baseUrl(), token);
      List<String> ids = new ArrayList<>();
      long acknowledgedAt = 0;
      for (int i = 0; i < 5; i++) {
        HttpResponse<String> r = admin.postJson("/api/admin/mail/test",
            "{\"to\":\"crash" + i + "-" + run + "@example.org\",\"count\":10}");
        acknowledgedAt = System.nanoTime();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        Matcher m = IDS.matcher(r.body());
        assertThat(m.find()).isTrue();
        for (String id : m.group(1).split(",")) {
          ids.add(id.replace("\"", "").strip());
        }
      }
      server.destroyForcibly(); // SIGKILL
      long killedAfterMs = (System.nanoTime() - acknowledgedAt) / 1_000_000;
      server.waitFor();
      assertThat(killedAfterMs).as("killed within 100 ms of the acknowledgement").isLessThan(100);
      assertThat(ids).hasSize(50).doesNotHaveDuplicates();

      greenMail.start();
      server = PayaraLauncher.start(options);
      long deadline = System.currentTimeMillis() + 120_000;
      while (greenMail.getReceivedMessages().length < 50 && System.currentTimeMillis() < deadline) {
        Thread.sleep(250);
      }
      Thread.sleep(3_000); // time for a duplicate to show up, if there were one
      Map<String, Integer> received = new HashMap<>();
      for (MimeMessage message : greenMail.getReceivedMessages()) {
        received.merge(message.getMessageID(), 1, Integer::sum);
      }
      List<String> expected = ids.stream().map(id -> "<" + id + "@localhost>").toList();
      assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(received.values()).allMatch(n -> n == 1);
    } finally {
      PayaraLauncher.stop(server);
      greenMail.stop();
      db.drop();
    }
  }
}
