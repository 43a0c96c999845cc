package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox on the shared server, which has no SMTP server configured: mail is HELD and shown to
 * admins as it would be sent; only admins see it; bad input is refused with the field named.
 */
@ExtendWith(TestServer.class)
class OutboxApiIT {
  private static final Pattern FIRST_ID = Pattern.compile("\"ids\":\\[\"([^\"]+)\"");

  private static String enqueueTest(String to, int count) {
    HttpResponse<String> r = Browserless.admin().postJson("/api/admin/mail/test", "{\"to\":\"" + to + "\",\"count\":" + count + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    Matcher m = FIRST_ID.matcher(r.body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void aTestMailWithoutSmtpIsHeldAndOpensAsItWouldBeSent() throws InterruptedException {
    String to = "held-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String id = enqueueTest(to, 2);

    HttpResponse<String> mail = Browserless.admin().get("/api/admin/outbox/" + id);
    assertThat(mail.statusCode()).isEqualTo(200);
    assertThat(mail.body()).contains("\"recipient\":\"" + to + "\"").contains("\"status\":\"HELD\"")
        .contains("\"messageId\":\"<" + id + "@localhost>\"").contains("Test mail 1 of 2").contains("X-Redheart-Test");
    assertThat(Browserless.admin().get("/api/admin/outbox?status=HELD&size=200").body()).contains(id);
    assertThat(Browserless.admin().get("/api/admin/outbox/state").body()).contains("\"smtpConfigured\":false");
  }

  @Test
  void theOutboxPageShowsTheMailWithItsHtmlEscaped() {
    String to = "page-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String id = enqueueTest(to, 1);
    Browserless admin = Browserless.anonymous().login("admin", TestServer.get().adminPassword());

    HttpResponse<String> list = admin.get("/admin/outbox.xhtml?status=HELD");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(to);
    HttpResponse<String> one = admin.get("/admin/outbox.xhtml?id=" + id);
    assertThat(one.body()).contains("&lt;!DOCTYPE html&gt;").contains("&lt;" + id + "@localhost&gt;");
  }

  @Test
  void theTestMailFormEnqueuesAndRefusesBadInput() {
    Browserless admin = Browserless.anonymous().login("admin", TestServer.get().adminPassword());
    String to = "form-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    HttpResponse<String> bad = admin.submitForm("/admin/outbox.xhtml", "testMail", "submit", Map.of("to", to, "count", "101"));
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body()).contains("between 1 and 100");
    HttpResponse<String> ok = admin.submitForm("/admin/outbox.xhtml", "testMail", "submit", Map.of("to", to, "count", "৩"));
    assertThat(ok.statusCode()).isEqualTo(302);
    assertThat(Browserless.admin().get("/api/admin/outbox?size=200").body().split(to, -1)).hasSize(4);
  }

  @Test
  void badInputIsRefusedWithTheFieldNamed() {
    HttpResponse<String> r = Browserless.admin().postJson("/api/admin/mail/test", "{\"to\":\"not an address\",\"count\":101}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"field\":\"count\"");
    HttpResponse<String> address = Browserless.admin().postJson("/api/admin/mail/test", "{\"to\":\"x@y.z\\r\\nBcc: a@b.c\",\"count\":1}");
    assertThat(address.statusCode()).isEqualTo(400);
    assertThat(address.body()).contains("\"field\":\"recipient\"");
    assertThat(Browserless.admin().get("/api/admin/outbox?status=LOST").statusCode()).isEqualTo(400);
  }

  @Test
  void unknownMailIs404AndOnlyAFailedMailCanBeRetried() {
    assertThat(Browserless.admin().get("/api/admin/outbox/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    String id = enqueueTest("retry-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", 1);
    assertThat(Browserless.admin().postJson("/api/admin/outbox/" + id + "/retry", "").statusCode()).isEqualTo(409);
  }

  @Test
  void onlyAdminsSeeTheOutbox() {
    Browserless organiser = Browserless.asNewUser("ORGANISER", "SUPERVISOR", "SAFEGUARDING_LEAD");
    assertThat(organiser.get("/api/admin/outbox").statusCode()).isEqualTo(403);
    assertThat(organiser.postJson("/api/admin/mail/test", "{\"to\":\"a@example.org\",\"count\":1}").statusCode()).isEqualTo(403);
    assertThat(Browserless.anonymous().get("/api/admin/outbox").statusCode()).isEqualTo(401);
    assertThat(Browserless.anonymous().get("/admin/outbox.xhtml").statusCode()).isEqualTo(302);
  }
}
