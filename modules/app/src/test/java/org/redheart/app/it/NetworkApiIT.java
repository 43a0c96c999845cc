package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The network over HTTP: the public application form (one-time token, honeypot, rate limit, errors
 * next to fields), the review by a supervisor (work list, approve, decline with a reason), the
 * welcome and decline mails in the outbox, and leaving with the link from the welcome mail.
 */
@ExtendWith(TestServer.class)
class NetworkApiIT {
  private static final String JOIN = "/public/join.xhtml";
  private static final Pattern ENTRY = Pattern.compile("\\{[^{}]*?\"id\":\"([^\"]+)\"[^{}]*?\\}");
  private static final Pattern LEAVE_LINK = Pattern.compile("(/public/leave\\.xhtml\\?t=[A-Za-z0-9_.\\-]+)");

  private final String marker = UUID.randomUUID().toString().substring(0, 8);
  private final String email = "applicant." + marker + "@example.org";

  private Map<String, String> application(String name, String language) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("kind", "INDIVIDUAL");
    f.put("name", name);
    f.put("organisationName", "Dhaka Parents Forum");
    f.put("email", email);
    f.put("phone", "০১৭১১ ১২৩৪৫৬");
    f.put("country", "Bangladesh");
    f.put("district", "Dhaka");
    f.put("categoryId", "5");
    f.put("volunteer", "true");
    f.put("helpText", "I can help organise parents' meetings.");
    f.put("language", language);
    f.put("bulletinConsent", "true");
    f.put("website", "");
    return f;
  }

  private static HttpResponse<String> apply(PublicClient client, Map<String, String> fields) {
    HttpResponse<String> page = client.get(JOIN);
    assertThat(page.statusCode()).isEqualTo(200);
    return client.post(JOIN, PublicClient.form(page, "join", "submit", fields));
  }

  /** The pending application with this address, as a supervisor sees it over REST (its id, or null). */
  private static String pendingApplicationId(Browserless reviewer, String email) {
    String list = reviewer.get("/api/network/applications?size=200").body();
    Matcher m = ENTRY.matcher(list);
    while (m.find()) {
      if (m.group(0).contains("\"email\":\"" + email + "\"")) {
        return m.group(1);
      }
    }
    return null;
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  /** The contact's bulletin consent object (JSON), or "" when none is recorded. */
  private static String bulletinConsent(String contactJson) {
    Matcher m = Pattern.compile("\\{[^{}]*\"purpose\":\"BULLETIN\"[^{}]*\\}").matcher(contactJson);
    return m.find() ? m.group() : "";
  }

  /** Mails to the address with the template, newest first, as the admin outbox lists them: their details. */
  private static List<String> mails(String email, String template) {
    Browserless admin = Browserless.admin();
    String list = admin.get("/api/admin/outbox?size=200").body();
    Matcher m = ENTRY.matcher(list);
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      if (m.group(0).contains("\"recipient\":\"" + email + "\"") && m.group(0).contains("\"template\":\"" + template + "\"")) {
        out.add(admin.get("/api/admin/outbox/" + m.group(1)).body());
      }
    }
    return out;
  }

  @Test
  void anApplicantIsApprovedByASupervisorGetsTheWelcomeMailAndLeavesWithItsLink() {
    PublicClient applicant = PublicClient.english();
    HttpResponse<String> form = applicant.get(JOIN);
    assertThat(form.body()).contains("Join the Red Heart Campaign network").contains("name=\"ft\"").contains("hp-field");
    assertThat(form.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));

    HttpResponse<String> thanks = applicant.post(JOIN, PublicClient.form(form, "join", "submit",
        application("Rahima Applicant " + marker, "en")));
    assertThat(thanks.statusCode()).isEqualTo(200);
    assertThat(thanks.body()).contains("Thank you for applying");
    assertThat(thanks.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));

    String supervisorName = Browserless.newUser("SUPERVISOR");
    Browserless supervisor = Browserless.withToken(Browserless.anonymous().login(supervisorName, Browserless.PASSWORD).createToken());
    String applicationId = pendingApplicationId(supervisor, email);
    assertThat(applicationId).as("the application waits for review").isNotNull();
    String details = supervisor.get("/api/network/applications/" + applicationId).body();
    assertThat(details).contains("\"phone\":\"01711123456\"").contains("\"state\":\"PENDING\"");
    assertThat(field(details, "reviewTaskId")).isNotNull();
    assertThat(supervisor.get("/api/tasks?size=200").body()).as("the review is on the supervisor's work list")
        .contains("\"process\":\"MembershipProcess\"").contains(applicationId);
    assertThat(mails(email, "network-welcome")).as("no mail before the decision").isEmpty();

    HttpResponse<String> approved = supervisor.postJson("/api/network/applications/" + applicationId + "/approve", "");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    String memberId = field(approved.body(), "id");
    String contactId = field(approved.body(), "contactId");
    assertThat(approved.body()).contains("\"state\":\"ACTIVE\"").contains("\"volunteer\":true");
    assertThat(supervisor.postJson("/api/network/applications/" + applicationId + "/approve", "").statusCode())
        .as("approving twice").isEqualTo(409);

    String contact = supervisor.get("/api/contacts/" + contactId).body();
    assertThat(contact).contains(email);
    assertThat(bulletinConsent(contact)).contains("\"granted\":true").contains("network application");

    List<String> welcome = mails(email, "network-welcome");
    assertThat(welcome).hasSize(1);
    assertThat(welcome.get(0)).contains("Welcome to the Red Heart Campaign network");
    Matcher link = LEAVE_LINK.matcher(welcome.get(0));
    assertThat(link.find()).as("the welcome mail carries the leave link").isTrue();

    PublicClient member = PublicClient.english();
    HttpResponse<String> leavePage = member.get(link.group(1));
    assertThat(leavePage.statusCode()).isEqualTo(200);
    assertThat(leavePage.body()).contains("Leave the network").contains("only stops the bulletin");
    assertThat(supervisor.get("/api/network/members/" + memberId).body()).as("a GET changes nothing")
        .contains("\"state\":\"ACTIVE\"");

    HttpResponse<String> left = member.post("/public/leave.xhtml", PublicClient.form(leavePage, "leave", "submit", Map.of()));
    assertThat(left.statusCode()).isEqualTo(200);
    assertThat(left.body()).contains("You have left the network");
    String after = supervisor.get("/api/network/members/" + memberId).body();
    assertThat(after).contains("\"state\":\"LEFT\"").contains("\"via\":\"LINK\"");
    assertThat(bulletinConsent(supervisor.get("/api/contacts/" + contactId).body())).as("leaving keeps the bulletin consent")
        .contains("\"granted\":true");

    HttpResponse<String> replay = member.post("/public/leave.xhtml", PublicClient.form(leavePage, "leave", "submit", Map.of()));
    assertThat(replay.body()).as("a replay changes nothing and says so").contains("You have left the network");
    assertThat(supervisor.get("/api/network/members/" + memberId).body().split("\"action\":\"LEFT\"", -1))
        .as("one LEFT in the history").hasSize(2);
    assertThat(member.get(link.group(1)).body()).as("the link still opens, idempotently").contains("You have left the network");
  }

  @Test
  void aDeclineNeedsAReasonAndSendsItPolitelyInTheApplicantsLanguage() {
    assertThat(apply(PublicClient.bangla(), application("রহিমা আবেদনকারী " + marker, "bn")).body())
        .contains("আবেদনের জন্য ধন্যবাদ");
    Browserless admin = Browserless.admin();
    String applicationId = pendingApplicationId(admin, email);
    assertThat(applicationId).isNotNull();

    HttpResponse<String> noReason = admin.postJson("/api/network/applications/" + applicationId + "/decline", "{\"reason\":\" \"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    assertThat(admin.get("/api/network/applications/" + applicationId).body()).contains("\"state\":\"PENDING\"");

    HttpResponse<String> declined = admin.postJson("/api/network/applications/" + applicationId + "/decline",
        "{\"reason\":\"The network is for organisations in Bangladesh for now.\"}");
    assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
    assertThat(declined.body()).contains("\"state\":\"DECLINED\"");

    List<String> decline = mails(email, "network-decline");
    assertThat(decline).hasSize(1);
    assertThat(decline.get(0)).contains("The network is for organisations in Bangladesh for now.").contains("আবেদন");
    assertThat(mails(email, "network-welcome")).isEmpty();
  }

  @Test
  void aSupervisorReviewsFromTheWorkListOnTheReviewPage() {
    apply(PublicClient.english(), application("Page Review " + marker, "en"));
    String supervisorName = Browserless.newUser("SUPERVISOR");
    Browserless supervisor = Browserless.anonymous().login(supervisorName, Browserless.PASSWORD);
    String applicationId = pendingApplicationId(Browserless.admin(), email);
    String page = "/network-application.xhtml?id=" + applicationId;

    assertThat(supervisor.get("/tasks/index.xhtml").body()).as("the work list links the review page")
        .contains(page).contains("Review a membership application");
    HttpResponse<String> review = supervisor.get(page);
    assertThat(review.statusCode()).isEqualTo(200);
    assertThat(review.body()).contains("Page Review " + marker).contains(email).contains("Waiting for review");

    HttpResponse<String> noReason = supervisor.submitForm(page, "review", "decline", Map.of("reason", ""));
    assertThat(noReason.body()).contains("Reason for declining: is required to decline");
    assertThat(Browserless.admin().get("/api/network/applications/" + applicationId).body()).contains("\"state\":\"PENDING\"");

    HttpResponse<String> approved = supervisor.submitForm(page, "review", "approve", Map.of());
    assertThat(approved.statusCode()).isEqualTo(302);
    String memberPage = approved.headers().firstValue("Location").orElseThrow();
    assertThat(memberPage).contains("/network-member.xhtml");
    String member = supervisor.get(memberPage.substring(memberPage.indexOf("/network-member.xhtml"))).body();
    assertThat(member).contains("Page Review " + marker).contains("joined").contains("End the membership");
    assertThat(mails(email, "network-welcome")).hasSize(1);

    String memberPath = memberPage.substring(memberPage.indexOf("/network-member.xhtml"));
    assertThat(supervisor.submitForm(memberPath, "leave", "submit", Map.of()).statusCode()).isEqualTo(302);
    String history = Browserless.admin().get("/api/network/members/" + memberPath.substring(memberPath.indexOf("id=") + 3)).body();
    assertThat(history).contains("\"state\":\"LEFT\"").contains("\"via\":\"STAFF\"").contains("\"actorId\":\"");
    assertThat(supervisor.get(memberPath).body()).contains("on the member's page").doesNotContain("End the membership");
  }

  @Test
  void aMergeOfTheMembersContactMovesTheMembershipToTheSurvivor() throws InterruptedException {
    apply(PublicClient.english(), application("Merge Member " + marker, "en"));
    Browserless admin = Browserless.admin();
    String approved = admin.postJson("/api/network/applications/" + pendingApplicationId(admin, email) + "/approve", "").body();
    String memberId = field(approved, "id");
    String merged = field(approved, "contactId");
    HttpResponse<String> survivor = admin.postJson("/api/contacts",
        "{\"kind\":\"PERSON\",\"name\":\"Merge Survivor " + marker + "\",\"emails\":[\"survivor." + marker + "@example.org\"]}");
    assertThat(survivor.statusCode()).as(survivor.body()).isEqualTo(201);
    String survivorId = field(survivor.body(), "id");

    HttpResponse<String> merge = admin.postJson("/api/contacts/" + survivorId + "/merge?from=" + merged, "");
    assertThat(merge.statusCode()).as(merge.body()).isEqualTo(200);

    long deadline = System.nanoTime() + 20_000_000_000L;
    String member = admin.get("/api/network/members/" + memberId).body();
    while (!member.contains("\"contactId\":\"" + survivorId + "\"") && System.nanoTime() < deadline) {
      Thread.sleep(250);
      member = admin.get("/api/network/members/" + memberId).body();
    }
    assertThat(member).as("the persisted ContactsMerged event re-points the member").contains("\"contactId\":\"" + survivorId + "\"")
        .contains("\"state\":\"ACTIVE\"");
  }

  @Test
  void organisersMayReadApplicationsButNotDecideThem() {
    apply(PublicClient.english(), application("Organiser Test " + marker, "en"));
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String applicationId = pendingApplicationId(organiser, email);
    assertThat(applicationId).isNotNull();

    assertThat(organiser.postJson("/api/network/applications/" + applicationId + "/approve", "").statusCode()).isEqualTo(403);
    assertThat(Browserless.anonymous().get("/api/network/applications").statusCode()).isEqualTo(401);
  }

  @Test
  void aReplayedApplicationFormStoresNothingMore() {
    PublicClient client = PublicClient.english();
    HttpResponse<String> page = client.get(JOIN);
    Map<String, String> fields = PublicClient.form(page, "join", "submit", application("Replay Test " + marker, "en"));

    assertThat(client.post(JOIN, fields).body()).contains("Thank you for applying");
    assertThat(client.post(JOIN, fields).body()).contains("This link is no longer valid");

    String list = Browserless.admin().get("/api/network/applications?size=200").body();
    assertThat(list.split(Pattern.quote("\"email\":\"" + email + "\""), -1)).as("one application").hasSize(2);
  }

  @Test
  void aBotFillingTheHoneypotGetsTheThankYouAndNothingIsStored() {
    Map<String, String> fields = application("Bot " + marker, "en");
    fields.put("website", "http://spam.example");

    assertThat(apply(PublicClient.english(), fields).body()).contains("Thank you for applying");

    assertThat(pendingApplicationId(Browserless.admin(), email)).isNull();
  }

  @Test
  void theFormShowsEachErrorNextToItsFieldAndStoresNothing() {
    Map<String, String> fields = application("", "en");
    fields.put("email", "not-an-address");
    fields.remove("kind");

    HttpResponse<String> answer = apply(PublicClient.english(), fields);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("Name: is required").contains("E-mail: is required and must be an e-mail address")
        .contains("I apply as: choose organisation or individual").doesNotContain("Thank you for applying");
    assertThat(answer.body()).as("what was typed stays").contains("not-an-address");
    assertThat(pendingApplicationId(Browserless.admin(), "not-an-address")).isNull();
  }

  @Test
  void theEleventhApplicationPostWithinAMinuteFromOneAddressGets429() {
    PublicClient client = PublicClient.english();
    HttpResponse<String> page = client.get(JOIN);
    // a bucket of this test's own (the link parameter is part of the bucket), so other tests keep theirs
    String path = JOIN + "?t=rate-" + marker;
    Map<String, String> empty = PublicClient.form(page, "join", "submit", Map.of());
    for (int i = 1; i <= 10; i++) {
      assertThat(client.post(path, empty).statusCode()).as("POST %d", i).isNotEqualTo(429);
    }
    HttpResponse<String> eleventh = client.post(path, empty);
    assertThat(eleventh.statusCode()).isEqualTo(429);
    assertThat(eleventh.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void aForgedLeaveLinkShowsThePlainInvalidPage() {
    HttpResponse<String> page = PublicClient.english().get("/public/leave.xhtml?t=forged." + marker);

    assertThat(page.body()).contains("This link is no longer valid").doesNotContain("name=\"ft\"");
  }

  @Test
  void theNetworkPageAndTheGrowthChartAreServed() {
    Browserless admin = Browserless.admin();
    HttpResponse<String> svg = admin.get("/api/network/charts/growth.svg?lang=bn", "image/svg+xml,image/*");
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    assertThat(svg.body()).contains("<svg");
    assertThat(admin.get("/api/network/stats").body()).contains("\"activeMembers\"").contains("\"growth\"");

    String user = Browserless.newUser("ORGANISER");
    HttpResponse<String> network = Browserless.anonymous().login(user, Browserless.PASSWORD).get("/network.xhtml?state=ALL");
    assertThat(network.statusCode()).isEqualTo(200);
    assertThat(network.body()).contains("Member directory").contains("Applications waiting for review")
        .contains("By stakeholder category");
  }
}
