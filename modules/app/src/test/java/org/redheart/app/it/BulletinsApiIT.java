package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redheart.app.it.BulletinWalk.ID;
import static org.redheart.app.it.BulletinWalk.field;
import static org.redheart.app.it.BulletinWalk.group;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulletins over HTTP on the shared server (no SMTP there: the mails wait HELD in the outbox, where
 * the admin's API shows them exactly as they would be sent): members joined through the network, an
 * approved material included in a bulletin that a supervisor approved, a send to an audience with
 * its per-recipient status, both RFC 8058 headers on every mail, the one-click POST of a mail client
 * without any cookie, and a second send that leaves the unsubscribed member out.
 */
@ExtendWith(TestServer.class)
class BulletinsApiIT {
  private static final Pattern ENTRY = Pattern.compile("\\{[^{}]*?\"id\":\"([^\"]+)\"[^{}]*?\\}");
  private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\"contactId\":\"[^{}]*\\}");

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String base = TestServer.get().baseUrl();

  @Test
  void anApprovedBulletinGoesToConsentingMembersWithOneClickUnsubscribeThatKeepsTheMembership() throws Exception {
    Browserless admin = Browserless.admin();
    Browserless organiserPages = Browserless.anonymous().login(Browserless.newUser("ORGANISER"), Browserless.PASSWORD);
    Browserless organiser = Browserless.withToken(organiserPages.createToken());
    Browserless supervisor = BulletinWalk.user(base, admin, "SUPERVISOR");
    String campaignId = BulletinWalk.campaign(admin, "Bulletins " + run, organiser, supervisor);
    // Iceland: an audience of this test's members only, on a server other tests share
    BulletinWalk.Member ana = BulletinWalk.join(base, supervisor, "Ana Member " + run, "ana-" + run + "@example.org", "Iceland", true, "en");
    BulletinWalk.Member rahim = BulletinWalk.join(base, supervisor, "রহিম সদস্য " + run, "rahim-" + run + "@example.org", "Iceland", true, "bn");
    BulletinWalk.Member nadia = BulletinWalk.join(base, supervisor, "Nadia NoConsent " + run, "nadia-" + run + "@example.org", "Iceland", false, "en");

    String brief = BulletinWalk.material(organiser, campaignId, "BRIEF", "Helpline 1098 brief " + run,
        "Call the child helpline 1098 when a child needs help.");
    BulletinWalk.approve(organiser, supervisor, brief);
    String bulletin = BulletinWalk.material(organiser, campaignId, "BULLETIN", "Network news " + run,
        "Dear members, this month the campaign met in Khulna.");
    HttpResponse<String> notApproved = organiser.postJson("/api/bulletins/" + bulletin + "/sends", "{\"countryCode\":\"IS\"}");
    assertThat(notApproved.statusCode()).as("a draft is not sent: " + notApproved.body()).isEqualTo(409);
    HttpResponse<String> included = organiser.putJson("/api/bulletins/" + bulletin + "/included", "{\"materialIds\":[\"" + brief + "\"]}");
    assertThat(included.statusCode()).as(included.body()).isEqualTo(200);
    assertThat(organiser.putJson("/api/bulletins/" + bulletin + "/included", "{\"materialIds\":[\"" + bulletin + "\"]}").body())
        .as("a bulletin cannot include itself").contains("materialIds[0]");
    BulletinWalk.approve(organiser, supervisor, bulletin);
    assertThat(organiser.get("/api/bulletins/" + bulletin + "/included").body()).contains(brief);
    assertThat(organiser.putJson("/api/bulletins/" + bulletin + "/included", "{\"materialIds\":[]}").statusCode())
        .as("what an approved bulletin includes is fixed").isEqualTo(409);

    assertThat(organiser.get("/api/bulletins/audience-size?countryCode=IS").body()).as("all three members").isEqualTo("{\"members\":3}");
    assertThat(organiser.get("/api/bulletins/audience-size?language=fr").statusCode()).isEqualTo(400);
    Browserless outsider = BulletinWalk.user(base, admin, "ORGANISER");
    assertThat(outsider.postJson("/api/bulletins/" + bulletin + "/sends", "{\"countryCode\":\"IS\"}").statusCode())
        .as("an organiser of another campaign").isIn(403, 404);

    // --- the first send --------------------------------------------------------------------------
    HttpResponse<String> started = organiser.postJson("/api/bulletins/" + bulletin + "/sends", "{\"countryCode\":\"IS\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String send = group(ID, started.body());
    String ended = BulletinWalk.awaitSendEnd(organiser, send, 60_000);
    assertThat(ended).contains("\"state\":\"SENT\"").contains("\"matched\":3").contains("\"queued\":2").contains("\"skipped\":1");
    assertThat(states(organiser, send, null)).containsEntry(ana.contactId(), "QUEUED").containsEntry(rahim.contactId(), "QUEUED")
        .containsEntry(nadia.contactId(), "SKIPPED_NO_CONSENT");
    assertThat(states(organiser, send, "SKIPPED_NO_CONSENT")).containsOnlyKeys(nadia.contactId());
    assertThat(organiser.get("/api/materials/" + bulletin).body()).as("a sent bulletin is published").contains("\"status\":\"PUBLISHED\"");

    String anaMail = mail(ana.email());
    String rahimMail = mail(rahim.email());
    assertThat(mail(nadia.email())).as("no consent, no mail").isNull();
    for (String m : List.of(anaMail, rahimMail)) {
      assertThat(m).contains("\"List-Unsubscribe-Post\":\"List-Unsubscribe=One-Click\"")
          .contains("\"List-Unsubscribe\":\"<" + base + "/public/unsubscribe/one-click?t=")
          .contains(base + "/public/unsubscribe.xhtml?t=").contains(base + "/public/leave.xhtml?t=")
          .contains("Helpline 1098 brief " + run).contains("\"template\":\"bulletin\"");
    }
    assertThat(anaMail).contains("Stop receiving the bulletin");
    assertThat(rahimMail).as("in the member's language").contains("বুলেটিন পাওয়া বন্ধ করুন");

    // --- Rahim's mail client unsubscribes with one click -------------------------------------------
    String url = BulletinWalk.unsubscribeUrl(header(rahimMail, "List-Unsubscribe"));
    HttpResponse<String> once = BulletinWalk.oneClick(url);
    assertThat(once.statusCode()).as(once.body()).isEqualTo(200);
    assertThat(once.body().strip()).isEqualTo("unsubscribed");
    assertThat(once.headers().allValues("Set-Cookie")).as("no session, no cookie").isEmpty();
    assertThat(BulletinWalk.oneClick(url).statusCode()).as("a repeat is fine").isEqualTo(200);
    String contact = organiser.get("/api/contacts/" + rahim.contactId()).body();
    assertThat(contact).containsPattern("\\{[^{}]*\"purpose\":\"BULLETIN\"[^{}]*\"granted\":false[^{}]*\\}|\\{[^{}]*\"granted\":false[^{}]*\"purpose\":\"BULLETIN\"[^{}]*\\}");
    assertThat(organiser.get("/api/network/members/" + rahim.id()).body()).as("the membership stays").contains("\"state\":\"ACTIVE\"");

    HttpResponse<String> forged = BulletinWalk.oneClick(url.substring(0, url.length() - 3) + (url.endsWith("AAA") ? "BBB" : "AAA"));
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("not valid").contains("nothing was changed");
    assertThat(BulletinWalk.oneClick(base + "/public/unsubscribe/one-click").statusCode()).as("no link at all").isEqualTo(400);
    HttpResponse<String> opened = PublicClient.english().get(url.substring(base.length()));
    assertThat(opened.statusCode()).as("a person opening the address is asked first").isEqualTo(303);
    assertThat(opened.headers().firstValue("Location").orElse("")).contains("/public/unsubscribe.xhtml?t=");
    assertThat(organiser.get("/api/contacts/" + ana.contactId()).body()).as("the others' consent stands")
        .doesNotContain("\"granted\":false");

    // --- the second send leaves Rahim out ---------------------------------------------------------
    HttpResponse<String> again = organiser.postJson("/api/bulletins/" + bulletin + "/sends", "{\"countryCode\":\"IS\"}");
    assertThat(again.statusCode()).as("a published bulletin may be sent again: " + again.body()).isEqualTo(201);
    String second = group(ID, again.body());
    assertThat(BulletinWalk.awaitSendEnd(organiser, second, 60_000)).contains("\"state\":\"SENT\"").contains("\"queued\":1");
    assertThat(states(organiser, second, null)).containsEntry(ana.contactId(), "QUEUED")
        .containsEntry(rahim.contactId(), "SKIPPED_NO_CONSENT").containsEntry(nadia.contactId(), "SKIPPED_NO_CONSENT");
    assertThat(organiser.get("/api/bulletins/" + bulletin + "/sends").body()).contains(send).contains(second);
    assertThat(organiser.get("/api/bulletins/sends/" + second + "/recipients?state=NOPE").statusCode()).isEqualTo(400);

    // --- the bulletin's page: sends, recipients, and a send through the audience form ----------------
    String page = "/materials/bulletin.xhtml?id=" + bulletin;
    HttpResponse<String> shown = organiserPages.get(page);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).contains("Network news " + run).contains("id=\"sends\"").contains("id=\"recipients\"")
        .contains("Helpline 1098 brief " + run).contains("id=\"audience-size\"");
    assertThat(organiserPages.get(page + "&send=" + send + "&state=SKIPPED_NO_CONSENT").body())
        .contains("Nadia NoConsent " + run).doesNotContain("Ana Member " + run);
    java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("audience", "audience");
    form.put("bulletinId", bulletin);
    form.put("countryCode", "IS");
    form.put("categoryId", "");
    form.put("language", "");
    form.put("audience:prepare", "x");
    HttpResponse<String> confirm = organiserPages.postForm(page, form);
    assertThat(confirm.statusCode()).isEqualTo(200);
    assertThat(confirm.body()).contains("id=\"confirm-send\"").containsPattern("Send this bulletin now\\?[^<]*</strong>\\s*3");
    form.remove("audience:prepare");
    form.put("audience:send", "x");
    HttpResponse<String> sent = organiserPages.postForm(page, form);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
    String third = sent.headers().firstValue("Location").orElse("").replaceAll(".*send=", "");
    assertThat(BulletinWalk.awaitSendEnd(organiser, third, 60_000)).contains("\"state\":\"SENT\"").contains("\"queued\":1");
    assertThat(organiserPages.get("/materials/bulletin.xhtml?id=" + UUID.randomUUID()).statusCode()).isEqualTo(404);
  }

  /** Recipient states by contact id of a send (one page of 200), optionally filtered. */
  private static java.util.Map<String, String> states(Browserless reader, String sendId, String state) {
    HttpResponse<String> r = reader.get("/api/bulletins/sends/" + sendId + "/recipients?size=200"
        + (state == null ? "" : "&state=" + state));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    Matcher m = OBJECT.matcher(r.body());
    while (m.find()) {
      out.put(field(m.group(), "contactId"), field(m.group(), "state"));
    }
    return out;
  }

  /** The newest bulletin mail to the address, as the admin's outbox shows it (null when none). */
  private static String mail(String email) {
    Browserless admin = Browserless.admin();
    List<String> ids = new ArrayList<>();
    for (int page = 0; page < 5; page++) {
      Matcher m = ENTRY.matcher(admin.get("/api/admin/outbox?size=200&page=" + page).body());
      boolean any = false;
      while (m.find()) {
        any = true;
        if (m.group(0).contains("\"recipient\":\"" + email + "\"") && m.group(0).contains("\"template\":\"bulletin\"")) {
          ids.add(m.group(1));
        }
      }
      if (!any || !ids.isEmpty()) {
        break;
      }
    }
    return ids.isEmpty() ? null : admin.get("/api/admin/outbox/" + ids.get(0)).body();
  }

  private static String header(String mailJson, String name) {
    String value = field(mailJson, name);
    assertThat(value).as(name + " in " + mailJson).isNotNull();
    return value;
  }
}
