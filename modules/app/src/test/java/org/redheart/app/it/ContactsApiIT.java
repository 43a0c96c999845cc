package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The stakeholder directory over REST: entry rules, search and filters, merge, exports, a person's data and erasure. */
@ExtendWith(TestServer.class)
class ContactsApiIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
  private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
  private static final Pattern NAME = Pattern.compile("\"name\":(null|\"([^\"]*)\")");

  static String marker() {
    return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static String q(String s) {
    return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String person(String name, String email, String tag, String extra) {
    return "{\"kind\":\"PERSON\",\"name\":" + q(name) + ",\"emails\":[" + (email == null ? "" : q(email)) + "],\"tags\":["
        + q(tag) + "]" + (extra == null ? "" : "," + extra) + "}";
  }

  static String group(Pattern p, String body) {
    Matcher m = p.matcher(body);
    assertThat(m.find()).as("pattern %s in %s", p, body).isTrue();
    return m.group(1);
  }

  static String create(Browserless client, String json) {
    HttpResponse<String> r = client.postJson("/api/contacts", json);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return group(ID, r.body());
  }

  static long total(Browserless client, String query) {
    HttpResponse<String> r = client.get("/api/contacts?" + query);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Long.parseLong(group(TOTAL, r.body()));
  }

  static List<String> names(String body) {
    List<String> names = new ArrayList<>();
    Matcher m = NAME.matcher(body);
    while (m.find()) {
      names.add(m.group(2));
    }
    return names;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void createsAContactWithItsDetailsNormalised() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String m = marker();
    HttpResponse<String> r = organiser.postJson("/api/contacts", person("  Rahima   Khatun " + m, "Rahima." + m + "@Example.org", m,
        "\"country\":\"bangladesh\",\"district\":\"Comilla\",\"phones\":[\"০১৭১১-১২৩৪৫৬\"],\"languages\":[\"bn\"]"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/contacts/"));
    assertThat(r.body()).contains("\"name\":\"Rahima Khatun " + m + "\"").contains("\"countryCode\":\"BD\"")
        .contains("\"timeZone\":\"Asia/Dhaka\"").contains("\"district\":\"Cumilla\"").contains("+8801711123456")
        .contains("\"version\":");
    String id = group(ID, r.body());
    assertThat(organiser.get("/api/contacts/" + id + "/history").body()).contains("\"action\":\"created\"");
  }

  @Test
  void refusesASecondContactWithTheSameEmailAddress() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String m = marker();
    create(organiser, person("First " + m, "same." + m + "@example.org", m, null));
    HttpResponse<String> again = organiser.postJson("/api/contacts", person("Second " + m, " SAME." + m + "@Example.ORG ", m, null));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(again.body()).contains("same." + m + "@example.org");
    assertThat(total(organiser, "tag=" + m)).isEqualTo(1);
  }

  @Test
  void refusesAChildsNameWithoutAGuardiansConsentAndChangesNothing() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String m = marker();
    HttpResponse<String> r = organiser.postJson("/api/contacts", person("Child " + m, null, m, "\"minor\":true"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"field\":\"name\"").contains("guardian");
    assertThat(total(organiser, "tag=" + m)).isZero();
    HttpResponse<String> headcount = organiser.postJson("/api/contacts", person(null, null, m, "\"minor\":true"));
    assertThat(headcount.statusCode()).as(headcount.body()).isEqualTo(201);
    assertThat(headcount.body()).doesNotContain("\"name\":").contains("\"minor\":true");
  }

  @Test
  void refusesAnUnknownCountryNamingIt() {
    HttpResponse<String> r = Browserless.asNewUser("ORGANISER")
        .postJson("/api/contacts", person("Someone " + marker(), null, "x", "\"country\":\"Bangladeshh\""));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("unknown country 'Bangladeshh'");
  }

  @Test
  void findsNamesByFoldedTextAndBanglaWithoutMixingSimilarNames() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String m = marker();
    String latin = create(organiser, person("Ráhima Khâtun " + m, null, m, null));
    String bangla = create(organiser, person("রহিমা খাতুন " + m, null, m, null));
    create(organiser, person("রহিম উদ্দিন " + m, null, m, null));

    String folded = organiser.get("/api/contacts?tag=" + m + "&q=" + enc("RAHIMA khatun")).body();
    assertThat(group(TOTAL, folded)).isEqualTo("1");
    assertThat(folded).contains(latin);

    String rahima = organiser.get("/api/contacts?tag=" + m + "&q=" + enc("রহিমা")).body();
    assertThat(group(TOTAL, rahima)).isEqualTo("1");
    assertThat(rahima).contains(bangla);

    String everyone = organiser.get("/api/contacts?size=200&q=" + enc("রহিমা")).body();
    assertThat(names(everyone)).isNotEmpty().allSatisfy(n -> assertThat(n).contains("রহিমা"));
  }

  @Test
  void filtersByDistrictCategoryOrganisationAndCountsEveryPage() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String m = marker();
    String org = create(organiser, "{\"kind\":\"ORGANISATION\",\"name\":\"Grassroots CBO " + m + "\",\"tags\":[\"" + m + "\"]}");
    String member = "\"district\":\"Comilla\",\"categoryIds\":[4],\"affiliations\":[{\"organisationId\":\"" + org
        + "\",\"title\":\"Coordinator\"}]";
    for (int i = 0; i < 3; i++) {
      create(organiser, person("Social Worker " + i + " " + m, null, m, member));
    }
    create(organiser, person("Elsewhere " + m, null, m, "\"district\":\"Sylhet\",\"categoryIds\":[4]"));

    assertThat(total(organiser, "tag=" + m + "&district=" + enc("কুমিল্লা"))).isEqualTo(3);
    assertThat(total(organiser, "tag=" + m + "&categoryId=4")).isEqualTo(4);
    assertThat(total(organiser, "organisationId=" + org)).isEqualTo(3);
    assertThat(total(organiser, "tag=" + m + "&kind=ORGANISATION")).isEqualTo(1);
    String first = organiser.get("/api/contacts?tag=" + m + "&categoryId=4&size=3").body();
    String second = organiser.get("/api/contacts?tag=" + m + "&categoryId=4&size=3&page=1").body();
    assertThat(group(TOTAL, second)).isEqualTo("4");
    assertThat(names(first)).hasSize(3);
    assertThat(names(second)).hasSize(1).doesNotContainAnyElementsOf(names(first));
    assertThat(organiser.get("/api/contacts/" + org).body()).contains("\"members\":[{").contains("Coordinator");
  }

  @Test
  void aSupervisorMergesTwoContactsAndTheMergedIdLeadsToTheSurvivor() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    String m = marker();
    String survivor = create(organiser, person("Nasrin Akter " + m, "nasrin." + m + "@example.org", m, null));
    String merged = create(organiser, person("Nasrin Akhter " + m, "n.akhter." + m + "@example.org", m,
        "\"phones\":[\"01811-654321\"]"));
    assertThat(organiser.putJson("/api/contacts/" + merged + "/consents/BULLETIN",
        "{\"granted\":true,\"lawfulBasis\":\"CONSENT\",\"source\":\"application form\"}").statusCode()).isEqualTo(200);
    assertThat(organiser.get("/api/contacts/" + survivor).body()).contains("\"similar\":1");

    assertThat(organiser.postJson("/api/contacts/" + survivor + "/merge?from=" + merged, "").statusCode()).isEqualTo(403);
    HttpResponse<String> r = supervisor.postJson("/api/contacts/" + survivor + "/merge?from=" + merged, "");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("nasrin." + m + "@example.org").contains("n.akhter." + m + "@example.org")
        .contains("+8801811654321").contains("\"similar\":0");
    assertThat(Pattern.compile("\\{[^}]*\"granted\":true[^}]*\"purpose\":\"BULLETIN\"").matcher(r.body()).find())
        .as("the merged contact's consent moved: %s", r.body()).isTrue();

    assertThat(group(ID, organiser.get("/api/contacts/" + merged).body())).isEqualTo(survivor);
    assertThat(total(organiser, "tag=" + m)).isEqualTo(1);
    String history = organiser.get("/api/contacts/" + survivor + "/history?size=50").body();
    assertThat(history).contains("\"action\":\"merged\"").contains("consent.granted").contains("\"action\":\"created\"");
  }

  @Test
  void updatesWithTheVersionEditedAndRefusesAStaleOne() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String m = marker();
    String id = create(organiser, person("Salma " + m, null, m, null));
    long version = Long.parseLong(group(VERSION, organiser.get("/api/contacts/" + id).body()));
    HttpResponse<String> ok = organiser.putJson("/api/contacts/" + id,
        person("Salma Begum " + m, "salma." + m + "@example.org", m, "\"version\":" + version));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(ok.body()).contains("Salma Begum");
    HttpResponse<String> stale = organiser.putJson("/api/contacts/" + id, person("Salma B " + m, null, m, "\"version\":" + version));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(organiser.get("/api/contacts/" + id + "/history").body()).contains("fields=name");
  }

  @Test
  void exportsTheFilteredListAsCsvAndXlsxWithFormulaCellsNeutralised() throws Exception {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String m = marker();
    create(organiser, person("=HYPERLINK(\"http://evil\") " + m, null, m, null));
    create(organiser, person("রহিমা খাতুন " + m, null, m, null));

    HttpResponse<String> csv = organiser.get("/api/contacts/export.csv?tag=" + m, "text/csv");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
    assertThat(csv.body().lines().count()).isEqualTo(3);
    assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"http://evil\"\") " + m + "\"").contains("রহিমা খাতুন " + m)
        .doesNotContain(",\"=HYPERLINK");

    HttpResponse<byte[]> xlsx = organiser.getBytes("/api/contacts/export.xlsx?tag=" + m,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      List<String> cells = new ArrayList<>();
      for (int i = 1; i <= 2; i++) {
        cells.add(sheet.getRow(i).getCell(2).getStringCellValue());
      }
      assertThat(cells).contains("'=HYPERLINK(\"http://evil\") " + m, "রহিমা খাতুন " + m);
    }
  }

  @Test
  void exportsAPersonsDataThenErasesThemEverywhere() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    String m = marker();
    String id = create(organiser, person("Erasable Person " + m, "erasable." + m + "@example.org", m,
        "\"phones\":[\"01911-000111\"],\"notes\":\"met at the launch " + m + "\""));
    organiser.putJson("/api/contacts/" + id + "/consents/MEETING_INVITATIONS",
        "{\"granted\":true,\"lawfulBasis\":\"CONSENT\",\"source\":\"launch meeting\"}");

    assertThat(organiser.get("/api/contacts/" + id + "/personal-data").statusCode()).isEqualTo(403);
    HttpResponse<String> data = supervisor.get("/api/contacts/" + id + "/personal-data");
    assertThat(data.statusCode()).isEqualTo(200);
    assertThat(data.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
    assertThat(data.body()).contains("erasable." + m + "@example.org").contains("+8801911000111")
        .contains("MEETING_INVITATIONS").contains("\"history\"").contains("consent.granted");

    assertThat(supervisor.delete("/api/contacts/" + id).statusCode()).isEqualTo(403);
    HttpResponse<String> erased = Browserless.admin().delete("/api/contacts/" + id);
    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
    assertThat(erased.body()).contains("contacts.contacts");

    String after = organiser.get("/api/contacts/" + id).body();
    assertThat(after).doesNotContain("\"name\":").doesNotContain("erasable." + m).doesNotContain(m);
    assertThat(total(organiser, "q=" + enc("Erasable Person " + m))).isZero();
    assertThat(total(organiser, "tag=" + m)).isZero();
  }

  @Test
  void theUnsubscribeLinkStopsTheBulletinOnlyAndOnlyWhenItsButtonIsPressed() {
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    String m = marker();
    String id = create(supervisor, person("Bulletin Reader " + m, "reader." + m + "@example.org", m, null));
    for (String purpose : List.of("BULLETIN", "MEETING_INVITATIONS")) {
      assertThat(supervisor.putJson("/api/contacts/" + id + "/consents/" + purpose,
          "{\"granted\":true,\"source\":\"application form\"}").statusCode()).isEqualTo(200);
    }
    String link = group(Pattern.compile("\"path\":\"([^\"]+)\""),
        supervisor.get("/api/contacts/" + id + "/unsubscribe-link?purpose=BULLETIN").body()).replace("\\u003d", "=");
    Pattern bulletin = Pattern.compile("\\{[^}]*\"granted\":(true|false)[^}]*\"purpose\":\"BULLETIN\"");
    Pattern invitations = Pattern.compile("\\{[^}]*\"granted\":(true|false)[^}]*\"purpose\":\"MEETING_INVITATIONS\"");

    PublicClient visitor = PublicClient.english();
    HttpResponse<String> page = visitor.get(link);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("You will no longer get the campaign bulletin.")
        .contains("Meeting invitations and network membership are not affected.");
    assertThat(group(bulletin, supervisor.get("/api/contacts/" + id).body())).as("a GET changes nothing").isEqualTo("true");

    var form = PublicClient.form(page, "unsubscribe", "submit", java.util.Map.of());
    HttpResponse<String> done = visitor.post("/public/unsubscribe.xhtml", form);
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("Done: you will no longer get the campaign bulletin.");
    String after = supervisor.get("/api/contacts/" + id).body();
    assertThat(group(bulletin, after)).isEqualTo("false");
    assertThat(group(invitations, after)).as("invitations are another purpose").isEqualTo("true");

    assertThat(visitor.post("/public/unsubscribe.xhtml", form).body()).as("a replayed POST").contains("no longer valid");
    HttpResponse<String> again = visitor.post("/public/unsubscribe.xhtml",
        PublicClient.form(visitor.get(link), "unsubscribe", "submit", java.util.Map.of()));
    assertThat(again.body()).as("unsubscribing twice").contains("Done:");
    long withdrawals = supervisor.get("/api/contacts/" + id + "/history?size=50").body().split("consent.withdrawn", -1).length - 1;
    assertThat(withdrawals).isEqualTo(1);
    assertThat(visitor.get("/public/unsubscribe.xhtml?t=forged").body()).contains("no longer valid");
  }

  @Test
  void adminsAndSupervisorsEditTheStakeholderCategories() {
    String m = marker();
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    HttpResponse<String> first = supervisor.postJson("/api/categories", "{\"name\":\"Religious leaders " + m
        + "\",\"nameBn\":\"ধর্মীয় নেতা " + m + "\"}");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    HttpResponse<String> second = supervisor.postJson("/api/categories", "{\"name\":\"Journalists " + m + "\"}");
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
    String firstId = group(Pattern.compile("\"id\":(\\d+)"), first.body());
    String secondId = group(Pattern.compile("\"id\":(\\d+)"), second.body());
    String firstPosition = group(Pattern.compile("\"position\":(\\d+)"), first.body());

    String order = supervisor.putJson("/api/categories/" + secondId + "/position", "{\"position\":" + firstPosition + "}").body();
    assertThat(order.indexOf("\"id\":" + secondId + ",")).isPositive().isLessThan(order.indexOf("\"id\":" + firstId + ","));
    assertThat(supervisor.putJson("/api/categories/" + firstId, "{\"name\":\"Faith leaders " + m + "\"}").body())
        .contains("Faith leaders");
    assertThat(supervisor.postJson("/api/categories", "{\"name\":\"faith LEADERS " + m + "\"}").statusCode()).isEqualTo(409);
    assertThat(Browserless.asNewUser("ORGANISER").postJson("/api/categories", "{\"name\":\"x" + m + "\"}").statusCode())
        .isEqualTo(403);
    assertThat(supervisor.putJson("/api/categories/" + firstId + "/position", "{\"position\":10000}").statusCode())
        .isEqualTo(400);
  }
}
