package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redheart.app.it.BulletinWalk.ID;
import static org.redheart.app.it.BulletinWalk.group;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The "Done when" 5, literally: an approved bulletin goes to 500 members through GreenMail
 * (behind a relay made slow, and a send paced in batches of 25, so that both the walk over the
 * members and the delivery are mid-way); one member unsubscribes with the POST of the mail's
 * {@code List-Unsubscribe} address; the application is killed with {@code kill -9} and started
 * again on the same database. Then every member gets the bulletin, at most the mail in flight at the
 * kill arrives twice (with its unchanged Message-ID), and a later send gives the unsubscribed member
 * nothing. A Payara Micro of its own on a fresh database, like {@link MailCrashIT}.
 */
class BulletinCrashIT {
  private static final int MEMBERS = 500;
  private static final long WAIT_MS = 240_000;

  @Test
  void killMinusNineMidSendEveryMemberGetsTheBulletinAndTheUnsubscribedOneNothingMore() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    FreshDatabase db = FreshDatabase.create("rh_bul_", "it-bulletin-data", run);
    int smtpPort = PayaraLauncher.freePort();
    GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
    greenMail.start();
    SlowRelay relay = new SlowRelay(smtpPort);
    String adminPassword = "bul-" + UUID.randomUUID();
    PayaraLauncher.Options options = PayaraLauncher.Options.fromSystemProperties("it-bulletin")
        .withDatabase(db.driver(), db.url(), db.user())
        .with("redheart.admin.username", "admin")
        .with("redheart.admin.password", adminPassword)
        .with("redheart.smtp.host", "127.0.0.1")
        .with("redheart.smtp.port", Integer.toString(relay.port()))
        .with("redheart.smtp.tls", "false")
        .with("redheart.mail.poll-millis", "200")
        .with("redheart.mail.outage-pause-seconds", "2")
        // a mail the killed server had claimed goes out again once its lease ends, and so does the job
        .with("redheart.mail.lease-seconds", "10")
        .with("redheart.jobs.lease-seconds", "6")
        // one sender: "the mail in flight at the kill" is one mail
        .with("redheart.mail.senders", "1")
        .with("redheart.bulletins.batch-size", "25")
        .with("redheart.bulletins.batch-pause-millis", "1000")
        .with("redheart.network.applications-per-hour", "5000")
        .with("redheart.public.post-limit-per-minute", "100000");
    PayaraLauncher.deleteRecursively(options.dataDir());
    Process server = PayaraLauncher.start(options);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      String base = options.baseUrl();
      Browserless admin = Browserless.at(base, new Browserless(base).login("admin", adminPassword).createToken());
      Browserless organiser = BulletinWalk.user(base, admin, "ORGANISER");
      Browserless supervisor = BulletinWalk.user(base, admin, "SUPERVISOR");
      String campaignId = BulletinWalk.campaign(admin, "Crash bulletin " + run, organiser, supervisor);

      // --- 500 members through the network's join form and review ----------------------------------
      List<Future<BulletinWalk.Member>> joining = new ArrayList<>();
      for (int i = 0; i < MEMBERS; i++) {
        int n = i;
        joining.add(pool.submit(() -> BulletinWalk.join(base, supervisor, String.format("Member %03d %s", n, run),
            String.format("m%03d-%s@example.org", n, run), "Bangladesh", true, n % 3 == 0 ? "bn" : "en")));
      }
      Map<String, BulletinWalk.Member> byEmail = new HashMap<>();
      for (Future<BulletinWalk.Member> f : joining) {
        BulletinWalk.Member m = f.get();
        byEmail.put(m.email(), m);
      }
      assertThat(byEmail).hasSize(MEMBERS);
      awaitMessages(greenMail, m -> true, MEMBERS, "the welcome mails");

      String title = "Network bulletin " + run;
      String bulletin = BulletinWalk.material(organiser, campaignId, "BULLETIN", title, "News from the campaign.");
      BulletinWalk.approve(organiser, supervisor, bulletin);

      // --- the send, slowed down, and a one-click unsubscribe in the middle ---------------------------
      relay.delayMillis = 30;
      HttpResponse<String> started = organiser.postJson("/api/bulletins/" + bulletin + "/sends", "{}");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      String sendId = group(ID, started.body());
      String jobId = BulletinWalk.field(started.body(), "jobId");
      MimeMessage first = awaitMessages(greenMail, m -> title.equals(subject(m)), 1, "the first bulletin").get(0);
      String leaver = first.getRecipients(Message.RecipientType.TO)[0].toString();
      String listUnsubscribe = first.getHeader("List-Unsubscribe", null);
      assertThat(first.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
      HttpResponse<String> unsubscribed = BulletinWalk.oneClick(BulletinWalk.unsubscribeUrl(listUnsubscribe));
      assertThat(unsubscribed.statusCode()).as(unsubscribed.body()).isEqualTo(200);

      awaitMessages(greenMail, m -> title.equals(subject(m)), 40, "40 bulletins before the kill");
      String beforeKill = organiser.get("/api/bulletins/sends/" + sendId).body();
      server.destroyForcibly(); // SIGKILL
      server.waitFor();
      int atKill = count(greenMail, title);
      assertThat(beforeKill).as("the walk over the members was still running").contains("\"state\":\"RUNNING\"");
      assertThat(atKill).as("killed mid-send").isLessThan(MEMBERS);

      relay.delayMillis = 0;
      server = PayaraLauncher.start(options);
      Set<String> everyone = byEmail.keySet();
      awaitRecipients(greenMail, title, everyone);
      String after = BulletinWalk.awaitSendEnd(organiser, sendId, WAIT_MS);
      assertThat(after).contains("\"state\":\"SENT\"").contains("\"matched\":" + MEMBERS);
      Thread.sleep(3_000); // time for a duplicate to show up, if there were one

      Map<String, List<String>> idsByRecipient = messageIds(greenMail, title);
      assertThat(idsByRecipient.keySet()).as("every member got the bulletin").containsExactlyInAnyOrderElementsOf(everyone);
      List<String> twice = idsByRecipient.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
      assertThat(twice).as("at most the mail in flight at the kill arrives twice").hasSizeLessThanOrEqualTo(1);
      for (String r : twice) {
        assertThat(new HashSet<>(idsByRecipient.get(r))).as("a duplicate is the same mail again").hasSize(1);
        assertThat(idsByRecipient.get(r)).hasSize(2);
      }
      System.out.printf("BulletinCrashIT: %d of %d bulletins had arrived at the kill; %d arrived twice (%s)%n", atKill, MEMBERS,
          twice.size(), twice);
      assertThat(admin.get("/api/jobs/" + jobId).body()).as("the job resumed after the restart")
          .containsPattern("\"runs\":[2-9]").contains("\"state\":\"SUCCEEDED\"");
      assertThat(organiser.get("/api/bulletins/sends/" + sendId + "/recipients?state=QUEUED&size=1").body())
          .as("each member recorded once").contains("\"total\":" + MEMBERS);

      // --- a later send: the unsubscribed member gets nothing more ------------------------------------
      int leaverBefore = idsByRecipient.get(leaver).size();
      HttpResponse<String> again = organiser.postJson("/api/bulletins/" + bulletin + "/sends", "{}");
      assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
      String second = group(ID, again.body());
      assertThat(BulletinWalk.awaitSendEnd(organiser, second, WAIT_MS)).contains("\"state\":\"SENT\"")
          .contains("\"queued\":" + (MEMBERS - 1)).contains("\"skipped\":1");
      int total = idsByRecipient.values().stream().mapToInt(List::size).sum();
      awaitMessages(greenMail, m -> title.equals(subject(m)), total + MEMBERS - 1, "the second send");
      Thread.sleep(3_000);
      assertThat(messageIds(greenMail, title).get(leaver)).as("nothing more for " + leaver).hasSize(leaverBefore);
      BulletinWalk.Member left = byEmail.get(leaver);
      assertThat(organiser.get("/api/bulletins/sends/" + second + "/recipients?state=SKIPPED_NO_CONSENT").body())
          .contains(left.contactId());
      assertThat(organiser.get("/api/network/members/" + left.id()).body()).as("still a member").contains("\"state\":\"ACTIVE\"");
    } finally {
      pool.shutdownNow();
      PayaraLauncher.stop(server);
      relay.close();
      greenMail.stop();
      db.drop();
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int count(GreenMail greenMail, String title) {
    int n = 0;
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      if (title.equals(subject(m))) {
        n++;
      }
    }
    return n;
  }

  private static List<MimeMessage> awaitMessages(GreenMail greenMail, java.util.function.Predicate<MimeMessage> which,
      int atLeast, String what) throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (true) {
      List<MimeMessage> found = new ArrayList<>();
      for (MimeMessage m : greenMail.getReceivedMessages()) {
        if (which.test(m)) {
          found.add(m);
        }
      }
      if (found.size() >= atLeast) {
        return found;
      }
      assertThat(System.currentTimeMillis()).as("waiting for " + what + ": " + found.size() + " of " + atLeast).isLessThan(deadline);
      Thread.sleep(250);
    }
  }

  private static void awaitRecipients(GreenMail greenMail, String title, Set<String> everyone) throws Exception {
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (!messageIds(greenMail, title).keySet().containsAll(everyone) && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
    }
  }

  /** The Message-IDs of the bulletin mails per recipient. */
  private static Map<String, List<String>> messageIds(GreenMail greenMail, String title) throws Exception {
    Map<String, List<String>> out = new HashMap<>();
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      if (title.equals(subject(m))) {
        out.computeIfAbsent(m.getRecipients(Message.RecipientType.TO)[0].toString(), k -> new ArrayList<>()).add(m.getMessageID());
      }
    }
    return out;
  }
}
