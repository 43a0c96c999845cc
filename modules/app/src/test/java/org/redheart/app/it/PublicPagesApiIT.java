package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Public pages: no server session, no referrer, the language switch, POSTs rate-limited. */
@ExtendWith(TestServer.class)
class PublicPagesApiIT {
  private static final Pattern CREATED = Pattern.compile("\"created\":(\\d+)");

  private static long sessionsCreated() {
    HttpResponse<String> r = Browserless.admin().get("/api/sessions");
    assertThat(r.statusCode()).isEqualTo(200);
    Matcher m = CREATED.matcher(r.body());
    assertThat(m.find()).as(r.body()).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static String resetLink() {
    String user = Browserless.newUser("ORGANISER");
    PublicClient client = PublicClient.english();
    HttpResponse<String> page = client.get("/public/forgot-password.xhtml");
    client.post("/public/forgot-password.xhtml", PublicClient.form(page, "forgot", "submit", Map.of("usernameOrEmail", user)));
    return ResetMails.fromOutbox().lastLinkTo(user + "@example.org");
  }

  @Test
  void aThousandPublicPagesCreateNoSession() {
    String link = resetLink();
    PublicClient client = PublicClient.english();
    long before = sessionsCreated();

    long started = System.nanoTime();
    for (int i = 0; i < 1000; i++) {
      HttpResponse<String> r = client.get(i % 2 == 0 ? link : "/public/forgot-password.xhtml");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("name=\"ft\"");
      assertThat(r.headers().allValues("Set-Cookie")).as("request %d", i).noneMatch(c -> c.contains("JSESSIONID"));
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    HttpResponse<String> posted = client.post("/public/reset-password.xhtml",
        PublicClient.form(client.get(link), "reset", "submit", Map.of("newPassword", "x", "confirmPassword", "y")));
    assertThat(posted.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("JSESSIONID"));

    assertThat(sessionsCreated()).as("sessions created on the server").isEqualTo(before);
    System.out.println("1,000 public page GETs: " + millis + " ms, " + (1000 * 1000L / Math.max(1, millis)) + " pages/s");
  }

  @Test
  void publicPagesSendNoReferrerAndOfferTheLanguageSwitch() {
    HttpResponse<String> english = PublicClient.english().get("/public/forgot-password.xhtml");
    HttpResponse<String> bangla = PublicClient.bangla().get("/public/forgot-password.xhtml");

    assertThat(english.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(english.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(english.body()).contains("action=\"/language\"").contains("বাংলা").contains("lang=\"en\"");
    assertThat(bangla.body()).contains("lang=\"bn\"").contains("পাসওয়ার্ড ভুলে গেছেন?");
    HttpResponse<String> post = PublicClient.english().post("/public/reset-password.xhtml?t=x", Map.of("t", "x"));
    assertThat(post.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
  }

  @Test
  void theEleventhPostWithinAMinuteFromOneAddressToOneLinkGets429WithRetryAfter() throws InterruptedException {
    int second = LocalTime.now(ZoneOffset.UTC).getSecond();
    if (second > 45) {
      Thread.sleep((61 - second) * 1000L); // all eleven POSTs in one window
    }
    PublicClient client = PublicClient.english();
    String link = "not-a-real-link-" + UUID.randomUUID();
    String otherLink = "not-a-real-link-" + UUID.randomUUID();

    for (int i = 1; i <= 10; i++) {
      HttpResponse<String> r = client.post("/public/reset-password.xhtml", Map.of("t", link));
      assertThat(r.statusCode()).as("POST %d", i).isNotEqualTo(429);
    }
    HttpResponse<String> eleventh = client.post("/public/reset-password.xhtml", Map.of("t", link));

    assertThat(eleventh.statusCode()).isEqualTo(429);
    assertThat(eleventh.headers().firstValue("Retry-After")).hasValueSatisfying(
        v -> assertThat(Integer.parseInt(v)).isBetween(1, 60));
    assertThat(eleventh.body()).contains("Too many attempts");
    assertThat(PublicClient.bangla().post("/public/reset-password.xhtml", Map.of("t", link)).body())
        .contains("অনেক বেশি চেষ্টা");
    assertThat(client.post("/public/reset-password.xhtml", Map.of("t", otherLink)).statusCode())
        .as("another link from the same address").isNotEqualTo(429);
    assertThat(client.get("/public/reset-password.xhtml?t=" + link).statusCode()).as("GET is not limited").isEqualTo(200);
  }
}
