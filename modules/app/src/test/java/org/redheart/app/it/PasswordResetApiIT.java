package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password reset by e-mailed link over HTTP: the login page's link, the always-same answer, the
 * mailed link that shows a form on GET and sets the password once on POST, in English and Bangla.
 * Reads the mails through {@link ResetMails} (the server log until the outbox is merged).
 */
@ExtendWith(TestServer.class)
class PasswordResetApiIT {
  private static final String FORGOT = "/public/forgot-password.xhtml";
  private final ResetMails mails = ResetMails.fromOutbox();

  private static HttpResponse<String> askForLink(PublicClient client, String usernameOrEmail) {
    HttpResponse<String> page = client.get(FORGOT);
    return client.post(FORGOT, PublicClient.form(page, "forgot", "submit", Map.of("usernameOrEmail", usernameOrEmail)));
  }

  private static HttpResponse<String> setPassword(PublicClient client, HttpResponse<String> resetPage, String password) {
    return client.post("/public/reset-password.xhtml",
        PublicClient.form(resetPage, "reset", "submit", Map.of("newPassword", password, "confirmPassword", password)));
  }

  private static boolean canLogIn(String username, String password) {
    HttpResponse<String> r = Browserless.anonymous().submitForm("/login.xhtml", "login", "submit",
        Map.of("username", username, "password", password));
    return r.statusCode() == 302;
  }

  @Test
  void theLoginPageLinksToTheForgottenPasswordPage() {
    HttpResponse<String> login = Browserless.anonymous().get("/login.xhtml");

    assertThat(login.body()).contains("/public/forgot-password.xhtml").contains("Forgot your password?");
  }

  @Test
  void aMailedLinkSetsANewPasswordOnceAndOnlyThen() {
    String user = Browserless.newUser("ORGANISER");
    PublicClient client = PublicClient.english();

    HttpResponse<String> answer = askForLink(client, user);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("If an account exists for what you entered");

    String link = mails.lastLinkTo(user + "@example.org");
    HttpResponse<String> page = client.get(link);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Set a new password").contains("name=\"ft\"");
    assertThat(client.get(link).body()).as("opening the link again changes nothing").contains("Set a new password");
    assertThat(canLogIn(user, Browserless.PASSWORD)).as("a GET changes no password").isTrue();

    HttpResponse<String> done = setPassword(client, page, "my new passphrase 1");
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("Your password has been changed");
    assertThat(canLogIn(user, "my new passphrase 1")).isTrue();
    assertThat(canLogIn(user, Browserless.PASSWORD)).isFalse();

    assertThat(client.get(link).body()).contains("This link is no longer valid").doesNotContain("name=\"ft\"");
    HttpResponse<String> replay = setPassword(client, page, "my new passphrase 1");
    assertThat(replay.body()).contains("This link is no longer valid");
    HttpResponse<String> other = setPassword(client, page, "an attacker's passphrase");
    assertThat(other.body()).contains("This link is no longer valid");
    assertThat(canLogIn(user, "my new passphrase 1")).isTrue();
    assertThat(canLogIn(user, "an attacker's passphrase")).isFalse();
  }

  @Test
  void theWholeResetWorksInBangla() {
    String user = Browserless.newUser("SUPERVISOR");
    PublicClient client = PublicClient.bangla();

    HttpResponse<String> forgot = client.get(FORGOT);
    assertThat(forgot.body()).contains("lang=\"bn\"").contains("পাসওয়ার্ড ভুলে গেছেন?");
    HttpResponse<String> answer = askForLink(client, user + "@example.org");
    assertThat(answer.body()).contains("সেই ঠিকানায় নতুন পাসওয়ার্ড দেওয়ার একটি লিংকসহ ই-মেইল পাঠানো হয়েছে");

    String link = mails.lastLinkTo(user + "@example.org");
    HttpResponse<String> page = client.get(link);
    assertThat(page.body()).contains("নতুন পাসওয়ার্ড দিন");

    HttpResponse<String> tooShort = setPassword(client, page, "ছোট");
    assertThat(tooShort.body()).contains("কমপক্ষে ১০ অক্ষর ব্যবহার করুন");

    HttpResponse<String> done = setPassword(client, tooShort, "আমার নতুন গোপন বাক্য");
    assertThat(done.body()).contains("আপনার পাসওয়ার্ড পরিবর্তন করা হয়েছে");
    assertThat(canLogIn(user, "আমার নতুন গোপন বাক্য")).as("a Bangla password survives the round trip").isTrue();

    assertThat(client.get(link).body()).contains("এই লিংকটি আর বৈধ নয়");
  }

  @Test
  void answersAnUnknownAccountExactlyLikeAKnownOneAndMailsNobody() {
    String known = Browserless.newUser("ORGANISER");
    String unknown = "nobody-" + known;
    PublicClient client = PublicClient.english();

    String knownAnswer = askForLink(client, known).body();
    String unknownAnswer = askForLink(client, unknown).body();

    assertThat(unknownAnswer).isEqualTo(knownAnswer);
    assertThat(mails.lastLinkTo(known + "@example.org")).isNotNull();
    assertThat(mails.linksTo(unknown + "@example.org")).isEmpty();
  }

  @Test
  void aReplayedRequestFormSendsNoSecondMail() {
    String user = Browserless.newUser("ORGANISER");
    PublicClient client = PublicClient.english();
    HttpResponse<String> page = client.get(FORGOT);
    Map<String, String> fields = PublicClient.form(page, "forgot", "submit", Map.of("usernameOrEmail", user));

    assertThat(client.post(FORGOT, fields).body()).contains("If an account exists for what you entered");
    mails.lastLinkTo(user + "@example.org");
    assertThat(client.post(FORGOT, fields).body()).contains("This link is no longer valid");

    assertThat(mails.linksTo(user + "@example.org")).hasSize(1);
  }

  @Test
  void aForgedLinkShowsThePlainPageAndChangesNothing() {
    String user = Browserless.newUser("ORGANISER");
    PublicClient client = PublicClient.english();
    askForLink(client, user);
    String link = mails.lastLinkTo(user + "@example.org");
    HttpResponse<String> page = client.get(link);
    String genuine = link.substring(link.indexOf("?t=") + 3);
    String forged = genuine.substring(0, genuine.length() - 3) + (genuine.endsWith("AAA") ? "BBB" : "AAA");

    assertThat(client.get("/public/reset-password.xhtml?t=" + forged).body()).contains("This link is no longer valid");
    assertThat(client.get("/public/reset-password.xhtml").body()).contains("This link is no longer valid");

    Map<String, String> fields = PublicClient.form(page, "reset", "submit",
        Map.of("newPassword", "a forged passphrase", "confirmPassword", "a forged passphrase"));
    fields.put("t", forged);
    assertThat(client.post("/public/reset-password.xhtml", fields).body()).contains("This link is no longer valid");
    assertThat(canLogIn(user, Browserless.PASSWORD)).isTrue();
  }

  @Test
  void aWeakOrMismatchedPasswordIsRefusedWithAClearMessageAndTheLinkStillWorks() {
    String user = Browserless.newUser("ORGANISER");
    PublicClient client = PublicClient.english();
    askForLink(client, user);
    HttpResponse<String> page = client.get(mails.lastLinkTo(user + "@example.org"));

    HttpResponse<String> weak = setPassword(client, page, "short");
    assertThat(weak.body()).contains("New password: use at least 10 characters");
    HttpResponse<String> mismatch = client.post("/public/reset-password.xhtml", PublicClient.form(weak, "reset", "submit",
        Map.of("newPassword", "one long passphrase", "confirmPassword", "another long passphrase")));
    assertThat(mismatch.body()).contains("New password again: the two new passwords differ");
    assertThat(canLogIn(user, Browserless.PASSWORD)).isTrue();

    assertThat(setPassword(client, mismatch, "one long passphrase").body()).contains("Your password has been changed");
  }

  @Test
  void ofSimultaneousPostsOfOneFormExactlyOneChangesThePassword() throws Exception {
    String user = Browserless.newUser("ORGANISER");
    PublicClient client = PublicClient.english();
    askForLink(client, user);
    HttpResponse<String> page = client.get(mails.lastLinkTo(user + "@example.org"));
    int racers = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    List<Future<String>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < racers; i++) {
        String password = "racing passphrase " + i;
        answers.add(pool.submit(() -> {
          start.await();
          return setPassword(PublicClient.english(), page, password).body();
        }));
      }
      start.countDown();
      List<String> bodies = new ArrayList<>();
      for (Future<String> answer : answers) {
        bodies.add(answer.get());
      }
      assertThat(bodies).filteredOn(b -> b.contains("Your password has been changed")).hasSize(1);
      assertThat(bodies).filteredOn(b -> b.contains("This link is no longer valid")).hasSize(racers - 1);
    } finally {
      pool.shutdownNow();
    }
    int winners = 0;
    for (int i = 0; i < racers; i++) {
      winners += canLogIn(user, "racing passphrase " + i) ? 1 : 0;
    }
    assertThat(winners).isEqualTo(1);
  }
}
