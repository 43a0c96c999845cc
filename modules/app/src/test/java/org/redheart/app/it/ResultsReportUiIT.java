package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.redheart.app.it.pages.Browser;
import org.redheart.app.it.pages.LoginPage;
import org.redheart.app.it.pages.TasksPage;

/**
 * A results report in a browser: supervisor A generates the report for July 2022 – April 2023 from the
 * reports page, resolves every data-to-check item with a note and submits it; A is refused the approval
 * (four-eyes) and has no review task; supervisor B finds the review in My tasks and approves; the DOCX in
 * English and Bangla then opens with POI.
 */
@ExtendWith(TestServer.class)
class ResultsReportUiIT {
  private Browser browserA;
  private Browser browserB;

  @BeforeEach
  void openBrowsers() {
    browserA = new Browser(TestServer.get().baseUrl(), 1200);
    browserB = new Browser(TestServer.get().baseUrl(), 1200);
  }

  @AfterEach
  void closeBrowsers() {
    browserA.close();
    browserB.close();
  }

  private static void awaitState(Browser browser, String reportId, String state) {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      browser.open("/reports/view.xhtml?id=" + reportId);
      if (browser.text(By.id("report-state")).contains(state)) {
        return;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("not " + state + ": " + browser.text(By.id("report-state")));
  }

  @Test
  void supervisorAGeneratesAndSubmitsOnlySupervisorBApprovesAndTheDocxOpens() throws Exception {
    String a = Browserless.newUser("SUPERVISOR");
    String b = Browserless.newUser("SUPERVISOR");
    LoginPage.open(browserA).logIn(a, Browserless.PASSWORD);

    browserA.open("/reports.xhtml");
    browserA.setValue("generate:campaign", PrintRunsApiIT.DEFAULT_CAMPAIGN);
    assertThat(browserA.driver().findElement(By.id("generate:from")).getAttribute("value")).isEqualTo("2022-07-01");
    assertThat(browserA.driver().findElement(By.id("generate:to")).getAttribute("value")).isEqualTo("2023-04-30");
    browserA.submit("generate:start");
    String url = browserA.driver().getCurrentUrl();
    assertThat(url).contains("/reports/view.xhtml?id=");
    String reportId = url.substring(url.indexOf("id=") + 3);
    awaitState(browserA, reportId, "Draft");
    assertThat(browserA.pageText()).contains("Data to check").contains("Recommendations");

    while (true) {
      List<WebElement> open = browserA.driver().findElements(By.cssSelector("form.check-form"));
      if (open.isEmpty()) {
        break;
      }
      WebElement form = open.get(0);
      form.findElement(By.cssSelector("input.check-note-input")).sendKeys("Checked against the attendance sheet.");
      browserA.clickAndWait(By.id(form.findElement(By.cssSelector("input.check-resolve")).getAttribute("id")));
      assertThat(browserA.pageText()).contains("The item is resolved with your note.");
    }
    browserA.submit("recommendations:submit");
    assertThat(browserA.text(By.id("report-state"))).contains("In review");

    browserA.submit("review:approve");
    assertThat(browserA.pageText()).contains("another supervisor of the campaign must review it");
    assertThat(browserA.text(By.id("report-state"))).contains("In review");
    assertThat(TasksPage.open(browserA).rows()).noneMatch(r -> r.contains("Review the results report"));

    LoginPage.open(browserB).logIn(b, Browserless.PASSWORD);
    TasksPage tasks = TasksPage.open(browserB);
    assertThat(tasks.rows()).as(browserB.pageText()).anyMatch(r -> r.contains("Review the results report"));
    tasks.openTaskOf("Review the results report");
    assertThat(browserB.driver().getCurrentUrl()).contains(reportId);
    browserB.type("review:comment", "Reads well; figures checked.");
    browserB.submit("review:approve");
    assertThat(browserB.text(By.id("report-state"))).contains("Approved");
    assertThat(browserB.text(By.id("report-hash"))).matches("[0-9a-f]{64}");
    browserB.screenshot("results-report-approved");

    Browserless api = Browserless.withToken(Browserless.anonymous().login(b, Browserless.PASSWORD).createToken());
    for (String lang : List.of("en", "bn")) {
      HttpResponse<byte[]> docx = api.getBytes("/api/reports/" + reportId + "/docx?lang=" + lang, "*/*");
      assertThat(docx.statusCode()).isEqualTo(200);
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
        assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText).toList())
            .as(lang).isNotEmpty().anyMatch(t -> !t.isBlank());
      }
    }
  }
}
