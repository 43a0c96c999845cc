package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redheart.app.it.MeetingsApiIT.group;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing contacts from spreadsheets over REST: a file with bad rows imports nothing and names
 * each bad row's column and reason; the fixed file imports every row; XLSX; column mapping;
 * duplicates skipped; an import is its creator's.
 */
@ExtendWith(TestServer.class)
class ContactImportApiIT {
  static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String HEADER = "name,email,phone,organisation,title,category,district,country,tags,languages,minor,consent bulletin\r\n";

  static String marker() {
    return "imp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  /** 500 stakeholders, English and Bangla names; {@code bad} puts five errors into rows 12, 50, 100, 200 and 300. */
  static String stakeholders(String marker, boolean bad) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 2; i <= 501; i++) {
      String name = (i % 2 == 0 ? "রহিমা খাতুন " : "Karim Ahmed ") + marker + " " + i;
      String email = marker + "." + i + "@example.org";
      String country = "Bangladesh";
      String category = i % 3 == 0 ? "Social workers" : "সমাজকর্মী";
      String minor = "no";
      if (bad) {
        switch (i) {
          case 12 -> email = "not-an-address-" + i;
          case 50 -> country = "Atlantis";
          case 100 -> minor = "yes";
          case 200 -> name = "";
          case 300 -> category = "Astronauts";
          default -> { }
        }
      }
      csv.append('"').append(name).append("\",").append(email).append(",01711-").append(100000 + i)
          .append(",\"Red Heart ").append(marker).append("\",Coordinator,").append(category)
          .append(i % 2 == 0 ? ",Dhaka," : ",খুলনা,").append(country).append(",\"volunteer, guest speaker\",Bangla,")
          .append(minor).append(",yes\r\n");
    }
    return csv.toString();
  }

  static String upload(Browserless client, String name, String contentType, byte[] file) {
    HttpResponse<String> r = client.postBytes("/api/contacts/imports?filename=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
        contentType, file);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    return group(ID, r.body());
  }

  static String awaitState(Browserless client, String id, String state) {
    long deadline = System.nanoTime() + 120_000_000_000L;
    String body = "";
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = client.get("/api/contacts/imports/" + id);
      body = r.body();
      if (body.contains("\"state\":\"" + state + "\"")) {
        return body;
      }
      if (body.contains("\"state\":\"FAILED\"") && !state.equals("FAILED")) {
        throw new AssertionError("import failed: " + body);
      }
      JobsApiIT.sleep(300);
    }
    throw new AssertionError("import " + id + " did not reach " + state + ": " + body);
  }

  static long total(Browserless client, String query) {
    HttpResponse<String> r = client.get("/api/contacts?" + query);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Long.parseLong(group(Pattern.compile("\"total\":(\\d+)"), r.body()));
  }

  @Test
  void importsFiveHundredStakeholdersOnlyOnceTheFiveBadRowsAreFixed() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String marker = marker();
    String id = upload(organiser, "stakeholders.csv", "text/csv", stakeholders(marker, true).getBytes(StandardCharsets.UTF_8));
    String preview = awaitState(organiser, id, "PREVIEWED");
    assertThat(preview).contains("\"totalRows\":500", "\"badRows\":5", "\"okRows\":495", "\"format\":\"CSV\"");

    String problems = organiser.get("/api/contacts/imports/" + id + "/problems?status=BAD").body();
    assertThat(problems).contains("\"total\":5");
    assertThat(item(problems, 12)).contains("\"status\":\"BAD\"",
        "{\"column\":\"email\",\"reason\":\"'not-an-address-12' is not a valid e-mail address\"}");
    assertThat(item(problems, 50)).contains("{\"column\":\"country\",\"reason\":\"unknown country 'Atlantis'\"}");
    assertThat(item(problems, 100)).containsPattern("\\{\"column\":\"minor\",\"reason\":\"a minor's name[^\"]*guardian's consent");
    assertThat(item(problems, 200)).contains("{\"column\":\"name\",\"reason\":\"missing name\"}");
    assertThat(item(problems, 300)).contains("{\"column\":\"category\",\"reason\":\"unknown category 'Astronauts'\"}");

    HttpResponse<String> refused = organiser.postJson("/api/contacts/imports/" + id + "/commit", "{}");
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("fix the file and upload it again");
    assertThat(total(organiser, "q=" + marker)).as("nothing imported").isZero();

    String fixed = upload(organiser, "stakeholders-fixed.csv", "text/csv", stakeholders(marker, false).getBytes(StandardCharsets.UTF_8));
    assertThat(awaitState(organiser, fixed, "PREVIEWED")).contains("\"badRows\":0", "\"okRows\":500");
    HttpResponse<String> commit = organiser.postJson("/api/contacts/imports/" + fixed + "/commit", "{}");
    assertThat(commit.statusCode()).as(commit.body()).isEqualTo(202);
    assertThat(awaitState(organiser, fixed, "COMMITTED")).contains("\"imported\":500");

    assertThat(total(organiser, "q=" + marker + "&kind=PERSON")).isEqualTo(500);
    assertThat(total(organiser, "q=" + marker + "&district=Khulna&categoryId=4")).isEqualTo(250);
    assertThat(total(organiser, "q=" + marker + "&kind=ORGANISATION")).as("the organisation named in the file").isEqualTo(1);
    assertThat(total(organiser, "q=" + URLEncoder.encode("রহিমা খাতুন " + marker, StandardCharsets.UTF_8))).isEqualTo(250);
    assertThat(total(organiser, "q=" + marker + "&tag=volunteer")).isEqualTo(500);
    assertThat(organiser.postJson("/api/contacts/imports/" + fixed + "/commit", "{}").statusCode()).as("only once").isEqualTo(409);
  }

  @Test
  void importsAnXlsxWorkbookSkippingARepeatedAddress() throws IOException {
    Browserless organiser = Browserless.asNewUser("SUPERVISOR");
    String marker = marker();
    byte[] workbook = workbook(List.of(
        List.of("নাম", "ই-মেইল", "ফোন", "জেলা", "দেশ"),
        List.of("সালমা বেগম " + marker, marker + ".salma@example.org", "০১৭১১-২২৩৩৪৪", "চট্টগ্রাম", "বাংলাদেশ"),
        List.of("Anwar Hossain " + marker, marker + ".anwar@example.org", "01711-556677", "Sylhet", "Bangladesh"),
        List.of("Anwar H. " + marker, marker + ".ANWAR@example.org", "", "Sylhet", "BD")));
    String id = upload(organiser, "network.xlsx", XLSX, workbook);
    String preview = awaitState(organiser, id, "PREVIEWED");
    assertThat(preview).contains("\"format\":\"XLSX\"", "\"totalRows\":3", "\"badRows\":0", "\"skippedRows\":1", "\"okRows\":2");
    assertThat(organiser.get("/api/contacts/imports/" + id + "/problems").body())
        .contains("\"row\":4,\"status\":\"DUPLICATE\"", "the same e-mail address as row 3");
    assertThat(organiser.postJson("/api/contacts/imports/" + id + "/commit", "{}").statusCode()).isEqualTo(202);
    assertThat(awaitState(organiser, id, "COMMITTED")).contains("\"imported\":2");
    assertThat(total(organiser, "q=" + marker)).isEqualTo(2);

    String again = upload(organiser, "network-again.xlsx", XLSX, workbook);
    assertThat(awaitState(organiser, again, "PREVIEWED")).as("every address is now an existing contact's")
        .contains("\"skippedRows\":3", "\"okRows\":0");
  }

  @Test
  void aChangedColumnMappingChecksTheFileAgain() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String marker = marker();
    String csv = "Who;Reach at\n" + "Nasrin " + marker + ";" + marker + ".n@example.org\n" + "Habib " + marker + ";" + marker + ".h@example.org\n";
    String id = upload(organiser, "odd-headers.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(awaitState(organiser, id, "PREVIEWED")).contains("\"badRows\":2", "\"headers\":[\"Who\",\"Reach at\"]");
    assertThat(organiser.get("/api/contacts/imports/" + id + "/problems").body()).contains("no column is mapped to the name");

    HttpResponse<String> remapped = organiser.putJson("/api/contacts/imports/" + id + "/mapping", "{\"NAME\":0,\"EMAIL\":1}");
    assertThat(remapped.statusCode()).as(remapped.body()).isEqualTo(200);
    assertThat(awaitState(organiser, id, "PREVIEWED")).contains("\"badRows\":0", "\"okRows\":2", "\"NAME\":0", "\"EMAIL\":1");
    assertThat(organiser.putJson("/api/contacts/imports/" + id + "/mapping", "{\"NAME\":7}").statusCode()).isEqualTo(400);

    assertThat(organiser.delete("/api/contacts/imports/" + id).body()).contains("\"state\":\"DISCARDED\"");
    assertThat(organiser.postJson("/api/contacts/imports/" + id + "/commit", "{}").statusCode()).isEqualTo(409);
  }

  @Test
  void aFileThatIsNotUtf8FailsWithItsRowAndAnotherUserCannotSeeIt() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    byte[] latin1 = "name,email\nJosé,jose@example.org\n".getBytes(StandardCharsets.ISO_8859_1);
    String id = upload(organiser, "latin1.csv", "text/csv", latin1);
    assertThat(awaitState(organiser, id, "FAILED")).contains("row 2: the file is not UTF-8");

    Browserless other = Browserless.asNewUser("ORGANISER");
    assertThat(other.get("/api/contacts/imports/" + id).statusCode()).isEqualTo(404);
    assertThat(other.postJson("/api/contacts/imports/" + id + "/commit", "{}").statusCode()).isEqualTo(404);
    assertThat(other.get("/api/contacts/imports").body()).doesNotContain(id);
    assertThat(Browserless.admin().get("/api/contacts/imports/" + id).statusCode()).isEqualTo(200);
  }

  @Test
  void thePreviewPageNamesEachBadRowAndOffersNoImportWhileAnyIsBad() {
    String username = Browserless.newUser("ORGANISER");
    Browserless page = Browserless.anonymous().login(username, Browserless.PASSWORD);
    Browserless api = Browserless.withToken(page.createToken());
    String marker = marker();
    String csv = "নাম,ই-মেইল,জেলা\n" + "Nasrin " + marker + "," + marker + ".n@example.org,Dhaka\n" + "Habib " + marker + ",habib-at-example,Dhaka\n";
    String id = upload(api, "preview-" + marker + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    awaitState(api, id, "PREVIEWED");

    HttpResponse<String> preview = page.get("/contacts-import.xhtml?id=" + id);
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body()).contains("id=\"problems\"", "<td>3</td>", "<td>ই-মেইল</td>", "habib-at-example' is not a valid e-mail address")
        .containsPattern("<input[^>]*id=\"actions:commit\"[^>]*disabled")
        .containsPattern("<option value=\"1\" selected=\"selected\">ই-মেইল</option>")
        .contains("<label for=\"map-DISTRICT\">");
    assertThat(page.get("/contacts-import.xhtml").body()).contains("preview-" + marker + ".csv");
    assertThat(Browserless.anonymous().login(Browserless.newUser("ORGANISER"), Browserless.PASSWORD)
        .get("/contacts-import.xhtml?id=" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void refusesAFileThatIsNoSpreadsheet() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    HttpResponse<String> r = organiser.postBytes("/api/contacts/imports?filename=contacts.csv", "text/csv", png);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"field\":\"file\"");
  }

  /** The JSON object of the items array that holds the given row. */
  static String item(String page, int row) {
    int depth = 0;
    int start = -1;
    boolean inString = false;
    int items = page.indexOf("\"items\":[");
    for (int i = items + 9; i < page.length(); i++) {
      char c = page.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        if (depth++ == 0) {
          start = i;
        }
      } else if (c == '}') {
        if (--depth == 0) {
          String object = page.substring(start, i + 1);
          if (object.matches("(?s).*\"row\":" + row + "[,}].*")) {
            return object;
          }
        }
      } else if (c == ']' && depth == 0) {
        break;
      }
    }
    throw new AssertionError("no row " + row + " in " + page);
  }

  static byte[] workbook(List<List<String>> rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = wb.createSheet("Contacts");
      for (int r = 0; r < rows.size(); r++) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }
}
