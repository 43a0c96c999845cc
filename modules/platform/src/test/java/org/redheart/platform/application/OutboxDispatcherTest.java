package org.redheart.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redheart.platform.api.OutgoingMail;
import org.redheart.platform.application.OutboxFixture.TestClock;

/** The dispatcher against H2 and a real (GreenMail) or scripted SMTP server. */
class OutboxDispatcherTest {
  private static final Duration ROUND = Duration.ofSeconds(20);
  private OutboxFixture db;
  private TestClock clock;
  private GreenMail greenMail;
  private int smtpPort;

  @BeforeEach
  void setUp() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    db = new OutboxFixture(ds).createSchema();
    clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    smtpPort = freePort();
    greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
  }

  @AfterEach
  void tearDown() {
    greenMail.stop();
  }

  private OutboxDispatcher dispatcher(MailSettings settings) {
    return new OutboxDispatcher(db.dataSource(), settings, clock);
  }

  private OutboxDispatcher dispatcher() {
    return dispatcher(OutboxFixture.settings("127.0.0.1", smtpPort));
  }

  @Test
  void aMailGoesOutWithItsMessageIdHeadersAndAttachment() throws Exception {
    greenMail.start();
    byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
    String id = db.insert("speaker@example.org", "en", "password-reset",
        Map.of("displayName", "Ana <b>García</b>", "link", "https://rh.example/reset?t=1&x=2", "validMinutes", 30),
        List.of(new OutgoingMail.Attachment("meeting.ics", "text/calendar; method=PUBLISH", ics)),
        "X-Redheart-Kind: reset\nList-Unsubscribe: <https://rh.example/u/1>\n", clock.instant());

    OutboxDispatcher.Result r = dispatcher().drain(ROUND);

    assertThat(r.sent()).isEqualTo(1);
    assertThat(db.status(id)).isEqualTo("SENT");
    MimeMessage m = greenMail.getReceivedMessages()[0];
    assertThat(m.getMessageID()).isEqualTo("<" + id + "@redheart.test>");
    assertThat(m.getHeader("X-Redheart-Kind", null)).isEqualTo("reset");
    assertThat(m.getHeader("List-Unsubscribe", null)).isEqualTo("<https://rh.example/u/1>");
    assertThat(m.getSubject()).isEqualTo("Reset your Red Heart Organiser password");
    assertThat(m.getFrom()[0].toString()).contains("no-reply@redheart.test");
    String raw = GreenMailUtil.getWholeMessage(m);
    assertThat(raw).contains("multipart/mixed").contains("multipart/alternative").contains("meeting.ics");
    List<String> parts = new ArrayList<>();
    collect(m, parts);
    assertThat(parts).anySatisfy(p -> assertThat(p).contains("Hello Ana <b>García</b>"));
    assertThat(parts).anySatisfy(p -> assertThat(p).contains("Ana &lt;b&gt;García&lt;/b&gt;")
        .contains("href=\"https://rh.example/reset?t=1&amp;x=2\""));
    assertThat(parts).anySatisfy(p -> assertThat(p).contains("BEGIN:VCALENDAR"));
  }

  @Test
  void aBanglaMailKeepsItsScriptInSubjectAndBody() throws Exception {
    greenMail.start();
    db.insert("member@example.org", "bn", "password-reset",
        Map.of("displayName", "রহিমা", "link", "https://rh.example/r", "validMinutes", 30), List.of(), null, clock.instant());

    dispatcher().drain(ROUND);

    MimeMessage m = greenMail.getReceivedMessages()[0];
    assertThat(m.getSubject()).isEqualTo("আপনার রেড হার্ট অর্গানাইজার পাসওয়ার্ড নতুন করে নির্ধারণ করুন");
    List<String> parts = new ArrayList<>();
    collect(m, parts);
    assertThat(parts).anySatisfy(p -> assertThat(p).contains("প্রিয় রহিমা").contains("মিনিটের মধ্যে"));
    assertThat(GreenMailUtil.getWholeMessage(m)).containsIgnoringCase("charset=UTF-8");
  }

  @Test
  void anUnreachableServerPausesTheQueueAndTheMailGoesOutWhenItIsBack() throws Exception {
    String id = db.testMail("a@example.org", clock.instant());

    OutboxDispatcher.Result down = dispatcher().drain(ROUND);

    assertThat(down.paused()).isTrue();
    assertThat(db.status(id)).isEqualTo("PENDING");
    assertThat(db.column(id, "attempts")).isEqualTo("0");
    assertThat(db.column(id, "lease_owner")).isNull();

    greenMail.start();
    clock.advance(Duration.ofSeconds(30));
    assertThat(dispatcher().drain(ROUND).sent()).as("still paused").isZero();
    clock.advance(Duration.ofSeconds(31));
    assertThat(dispatcher().drain(ROUND).sent()).isEqualTo(1);
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void aRefusingServerGetsTheMailAgainOnTheRetryScheduleAndItArrivesWhenItRecovers() throws Exception {
    try (ScriptedSmtpServer smtp = new ScriptedSmtpServer()) {
      smtp.dataReply = n -> n <= 2 ? "471 4.7.0 local problem, sorry" : "250 2.0.0 queued";
      String id = db.testMail("b@example.org", clock.instant());
      OutboxDispatcher d = dispatcher(OutboxFixture.settings("127.0.0.1", smtp.port()));

      assertThat(d.drain(ROUND).retried()).isEqualTo(1);
      assertThat(Instant.parse(db.column(id, "next_attempt_at").replace(' ', 'T') + "Z"))
          .isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
      clock.advance(Duration.ofSeconds(59));
      assertThat(d.drain(ROUND).handled()).as("never immediately").isZero();
      clock.advance(Duration.ofSeconds(1));
      assertThat(d.drain(ROUND).retried()).isEqualTo(1);
      clock.advance(Duration.ofMinutes(5));
      assertThat(d.drain(ROUND).sent()).isEqualTo(1);
      assertThat(db.status(id)).isEqualTo("SENT");
      assertThat(db.column(id, "attempts")).isEqualTo("3");
      assertThat(smtp.accepted).containsExactly("<" + id + "@redheart.test>");
    }
  }

  @Test
  void aMailThatKeepsFailingIsFailedAfterTheLastRetry() throws Exception {
    try (ScriptedSmtpServer smtp = new ScriptedSmtpServer()) {
      smtp.dataReply = n -> "471 4.7.0 local problem";
      String id = db.testMail("c@example.org", clock.instant());
      OutboxDispatcher d = dispatcher(OutboxFixture.settings("127.0.0.1", smtp.port()));
      for (Duration wait : List.of(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
          Duration.ofHours(2))) {
        clock.advance(wait);
        assertThat(d.drain(ROUND).handled()).isEqualTo(1);
      }
      assertThat(db.status(id)).isEqualTo("FAILED");
      assertThat(db.column(id, "attempts")).isEqualTo("5");
      assertThat(db.column(id, "last_error")).contains("471");
    }
  }

  @Test
  void aQuotaAnswerPausesTheWholeQueueWithoutFailingAnyMail() throws Exception {
    try (ScriptedSmtpServer smtp = new ScriptedSmtpServer()) {
      smtp.dataReply = n -> n == 2 ? "452 4.5.3 Too many messages, try again later" : "250 OK";
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        ids.add(db.testMail("q" + i + "@example.org", clock.instant().plusMillis(i)));
      }
      clock.advance(Duration.ofSeconds(1));
      OutboxDispatcher d = dispatcher(OutboxFixture.settings("127.0.0.1", smtp.port()));

      OutboxDispatcher.Result r = d.drain(ROUND);

      assertThat(r.sent()).isEqualTo(1);
      assertThat(r.paused()).isTrue();
      assertThat(db.count("status = 'PENDING' and attempts = 0 and lease_owner is null")).isEqualTo(4);
      assertThat(db.count("status = 'FAILED'")).isZero();
      clock.advance(Duration.ofMinutes(14));
      assertThat(dispatcher(OutboxFixture.settings("127.0.0.1", smtp.port())).drain(ROUND).sent())
          .as("another instance respects the pause too").isZero();
      clock.advance(Duration.ofMinutes(2));
      assertThat(d.drain(ROUND).sent()).isEqualTo(4);
      assertThat(smtp.accepted).hasSize(5).doesNotHaveDuplicates();
    }
  }

  @Test
  void aPermanentRefusalOfTheRecipientSuppressesTheAddressForEveryLaterMail() throws Exception {
    try (ScriptedSmtpServer smtp = new ScriptedSmtpServer()) {
      smtp.rcptReply = a -> a.startsWith("gone") ? "550 5.1.1 <" + a + ">: user unknown" : "250 OK";
      String bounced = db.testMail("gone@example.org", clock.instant());
      String fine = db.testMail("here@example.org", clock.instant().plusMillis(1));
      clock.advance(Duration.ofSeconds(1));
      OutboxDispatcher d = dispatcher(OutboxFixture.settings("127.0.0.1", smtp.port()));

      OutboxDispatcher.Result r = d.drain(ROUND);

      assertThat(r.bounced()).isEqualTo(1);
      assertThat(r.sent()).isEqualTo(1);
      assertThat(db.status(bounced)).isEqualTo("BOUNCED");
      assertThat(db.status(fine)).isEqualTo("SENT");
      String later = db.testMail("  GONE@Example.org ", clock.instant());
      clock.advance(Duration.ofSeconds(1));
      assertThat(d.drain(ROUND).suppressed()).isEqualTo(1);
      assertThat(db.status(later)).isEqualTo("SUPPRESSED");
      assertThat(smtp.accepted).hasSize(1);
    }
  }

  @Test
  void thePerMinuteCapHoldsBackTheRestUntilTheNextMinute() throws Exception {
    greenMail.start();
    for (int i = 0; i < 5; i++) {
      db.testMail("cap" + i + "@example.org", clock.instant());
    }
    MailSettings capped = new MailSettings("127.0.0.1", smtpPort, "", "", false, "rh <no-reply@redheart.test>", 3, 0, 50,
        120, 900, 60, 1000, "redheart.test");

    assertThat(dispatcher(capped).drain(ROUND).sent()).isEqualTo(3);
    clock.advance(Duration.ofSeconds(30));
    assertThat(dispatcher(capped).drain(ROUND).sent()).isZero();
    clock.advance(Duration.ofSeconds(31));
    assertThat(dispatcher(capped).drain(ROUND).sent()).isEqualTo(2);
  }

  @Test
  void thePerDayCapCountsWhatEveryInstanceSent() throws Exception {
    greenMail.start();
    for (int i = 0; i < 4; i++) {
      db.testMail("day" + i + "@example.org", clock.instant());
    }
    MailSettings capped = new MailSettings("127.0.0.1", smtpPort, "", "", false, "rh <no-reply@redheart.test>", 0, 3, 1,
        120, 900, 60, 1000, "redheart.test");

    assertThat(dispatcher(capped).drain(ROUND).sent()).isEqualTo(3);
    clock.advance(Duration.ofHours(12));
    assertThat(dispatcher(capped).drain(ROUND).sent()).isZero();
    clock.advance(Duration.ofHours(13));
    assertThat(dispatcher(capped).drain(ROUND).sent()).isEqualTo(1);
  }

  @Test
  void twoDispatchersSharingTheDatabaseNeverSendTheSameMailTwice() throws Exception {
    greenMail.start();
    for (int i = 0; i < 200; i++) {
      db.testMail("many" + i + "@example.org", clock.instant());
    }
    MailSettings small = new MailSettings("127.0.0.1", smtpPort, "", "", false, "rh <no-reply@redheart.test>", 0, 0, 10,
        120, 900, 60, 1000, "redheart.test");
    OutboxDispatcher one = dispatcher(small);
    OutboxDispatcher two = dispatcher(small);

    var a = CompletableFuture.supplyAsync(() -> drainQuietly(one));
    var b = CompletableFuture.supplyAsync(() -> drainQuietly(two));

    assertThat(a.get().sent() + b.get().sent()).isEqualTo(200);
    Set<String> ids = new HashSet<>();
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      ids.add(m.getMessageID());
    }
    assertThat(greenMail.getReceivedMessages()).hasSize(200);
    assertThat(ids).hasSize(200);
  }

  @Test
  void withoutAnSmtpServerMailIsHeldAndGoesOutOnceOneIsConfigured() throws Exception {
    String id = db.testMail("held@example.org", clock.instant());

    dispatcher(OutboxFixture.settings("", 25)).drain(ROUND);
    assertThat(db.status(id)).isEqualTo("HELD");

    greenMail.start();
    assertThat(dispatcher().drain(ROUND).sent()).isEqualTo(1);
    assertThat(db.status(id)).isEqualTo("SENT");
  }

  @Test
  void anExpiredLeaseOfACrashedDispatcherIsTakenOverAndTheMailKeepsItsMessageId() throws Exception {
    greenMail.start();
    String id = db.testMail("crash@example.org", clock.instant());
    OutboxDispatcher crashed = dispatcher();
    try (var c = db.dataSource().getConnection()) {
      assertThat(crashed.claim(c, clock.instant(), 10)).containsExactly(id);
    }

    assertThat(dispatcher().drain(ROUND).sent()).as("the lease still holds").isZero();
    clock.advance(Duration.ofSeconds(121));
    assertThat(dispatcher().drain(ROUND).sent()).isEqualTo(1);
    assertThat(greenMail.getReceivedMessages()[0].getMessageID()).isEqualTo("<" + id + "@redheart.test>");
  }

  private static OutboxDispatcher.Result drainQuietly(OutboxDispatcher d) {
    try {
      return d.drain(Duration.ofSeconds(60));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(Part part, List<String> out) throws Exception {
    Object content = part.getContent();
    if (content instanceof Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        collect(mp.getBodyPart(i), out);
      }
    } else if (content instanceof String s) {
      out.add(s);
    } else if (content instanceof java.io.InputStream in) {
      out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
