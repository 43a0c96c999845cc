package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps the bulletin ITs share, all over HTTP like a user or a mail client: people with roles, a
 * campaign, members who joined through the public form and were approved, a material written by an
 * organiser and approved by a supervisor, and the one-click POST of a mail client (no cookie at all).
 */
final class BulletinWalk {
  static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern ENTRY = Pattern.compile("\\{[^{}]*?\"id\":\"([^\"]+)\"[^{}]*?\\}");

  private BulletinWalk() {}

  /** A member made through the network: ids and the address it was approved with. */
  record Member(String id, String contactId, String email) {}

  static String group(Pattern p, String body) {
    Matcher m = p.matcher(body);
    assertThat(m.find()).as("pattern %s in %s", p, body).isTrue();
    return m.group(1);
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  static Browserless user(String base, Browserless admin, String role) {
    String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    HttpResponse<String> r = admin.postJson("/api/users", "{\"username\":\"" + username + "\",\"displayName\":\"Test " + role
        + " " + username + "\",\"email\":\"" + username + "@example.org\",\"password\":\"" + Browserless.PASSWORD
        + "\",\"roles\":[\"" + role + "\"]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Browserless.at(base, new Browserless(base).login(username, Browserless.PASSWORD).createToken());
  }

  /** A campaign of the organiser and the supervisors, made by the admin; its id. */
  static String campaign(Browserless admin, String name, Browserless organiser, Browserless... supervisors) {
    StringBuilder sup = new StringBuilder();
    for (Browserless s : supervisors) {
      sup.append(sup.length() == 0 ? "" : ",").append("\"").append(PreparationApiIT.userId(s)).append("\"");
    }
    HttpResponse<String> r = admin.postJson("/api/campaigns", "{\"name\":\"" + name + "\",\"hashtag\":\"Test"
        + name.replaceAll("[^A-Za-z0-9]", "") + "\",\"mission\":\"Protect children\",\"startsOn\":\"2026-01-01\","
        + "\"endsOn\":\"2027-12-31\",\"organiserIds\":[\"" + PreparationApiIT.userId(organiser) + "\"],\"supervisorIds\":["
        + sup + "]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return group(ID, r.body());
  }

  /**
   * A person applies through the public join form (retrying after a 429 of the public pages' rate
   * limit) and a supervisor approves the application over REST.
   */
  static Member join(String base, Browserless reviewer, String name, String email, String country, boolean consent,
      String language) throws InterruptedException {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("kind", "INDIVIDUAL");
    f.put("name", name);
    f.put("organisationName", "");
    f.put("email", email);
    f.put("phone", "");
    f.put("country", country);
    f.put("district", "");
    f.put("categoryId", "5");
    f.put("volunteer", "false");
    f.put("helpText", "");
    f.put("language", language);
    f.put("bulletinConsent", Boolean.toString(consent));
    f.put("website", "");
    PublicClient client = PublicClient.at(base);
    for (int attempt = 0; ; attempt++) {
      HttpResponse<String> page = client.get("/public/join.xhtml");
      if (page.statusCode() == 200) {
        HttpResponse<String> thanks = client.post("/public/join.xhtml", PublicClient.form(page, "join", "submit", f));
        if (thanks.statusCode() == 200 && thanks.body().contains("Thank you for applying")) {
          break;
        }
        assertThat(thanks.statusCode()).as("joining: " + thanks.body()).isEqualTo(429);
      }
      assertThat(attempt).as("the join form kept answering 429").isLessThan(20);
      Thread.sleep(5_000);
    }
    String applicationId = null;
    String last = "";
    for (int attempt = 0; attempt < 20 && applicationId == null; attempt++) {
      if (attempt > 0) {
        Thread.sleep(500);
      }
      for (int page = 0; page < 50 && applicationId == null; page++) {
        last = reviewer.get("/api/network/applications?size=200&page=" + page).body();
        Matcher m = ENTRY.matcher(last);
        boolean any = false;
        while (m.find()) {
          any = true;
          if (m.group(0).contains("\"email\":\"" + email + "\"")) {
            applicationId = m.group(1);
          }
        }
        if (!any) {
          break;
        }
      }
    }
    assertThat(applicationId).as("the application of " + email + " waits for review: " + last).isNotNull();
    HttpResponse<String> approved = reviewer.postJson("/api/network/applications/" + applicationId + "/approve", "");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    return new Member(field(approved.body(), "id"), field(approved.body(), "contactId"), email);
  }

  /** A material of the kind created by the organiser; its id. */
  static String material(Browserless organiser, String campaignId, String kind, String title, String text) {
    HttpResponse<String> r = organiser.postJson("/api/materials", "{\"campaignId\":\"" + campaignId + "\",\"kindCode\":\"" + kind
        + "\",\"title\":\"" + title + "\",\"language\":\"en\",\"meetingIds\":[],\"text\":\"" + text + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return group(ID, r.body());
  }

  /** The organiser submits the material's draft and the supervisor approves version 1. */
  static void approve(Browserless organiser, Browserless supervisor, String materialId) {
    HttpResponse<String> submitted = organiser.postJson("/api/materials/" + materialId + "/submit", "{\"sensitiveNames\":[]}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    HttpResponse<String> approved = supervisor.postJson("/api/materials/" + materialId + "/versions/1/approve",
        "{\"comment\":\"Fine to send to the network.\"}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(approved.body()).contains("\"status\":\"APPROVED\"");
  }

  /** Polls the send until it has ended (or the time is up); its last JSON. */
  static String awaitSendEnd(Browserless reader, String sendId, long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    String body;
    do {
      body = reader.get("/api/bulletins/sends/" + sendId).body();
      if (!body.contains("\"state\":\"RUNNING\"")) {
        return body;
      }
      Thread.sleep(300);
    } while (System.currentTimeMillis() < deadline);
    return body;
  }

  /** A mail client's RFC 8058 one-click POST to the List-Unsubscribe address: no cookie, no session, no token. */
  static HttpResponse<String> oneClick(String url) throws IOException, InterruptedException {
    HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    return plain.send(HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The address inside the angle brackets of a List-Unsubscribe header. */
  static String unsubscribeUrl(String header) {
    assertThat(header).as("List-Unsubscribe").startsWith("<").endsWith(">");
    return header.substring(1, header.length() - 1);
  }
}
