package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.redheart.app.it.pages.Browser;
import org.redheart.app.it.pages.LoginPage;
import org.redheart.app.it.pages.MaterialPage;
import org.redheart.app.it.pages.MaterialReviewPage;
import org.redheart.app.it.pages.NewMaterialPage;
import org.redheart.app.it.pages.TasksPage;

/**
 * Materials in real browsers, two people at a time: a supervisor writes a post and cannot review it,
 * a second supervisor approves it from My tasks (a comment is required to send it back); a post
 * naming a 12-year-old waits for the safeguarding lead's clearance before anyone may approve it.
 */
@ExtendWith(TestServer.class)
class MaterialsUiIT {
  private Browser author;
  private Browser reviewer;

  @BeforeEach
  void openBrowsers() {
    author = new Browser(TestServer.get().baseUrl(), 360);
    reviewer = new Browser(TestServer.get().baseUrl(), 1200);
  }

  @AfterEach
  void closeBrowsers() {
    author.close();
    reviewer.close();
  }

  private static String unique(String title) {
    return title + " " + UUID.randomUUID().toString().substring(0, 6);
  }

  /** Presses a button the way a tap does (through the element), and waits for the next page. */
  private static void tap(Browser browser, String id) {
    var oldPage = browser.driver().findElement(By.tagName("html"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()",
        browser.driver().findElement(By.id(id)));
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(oldPage));
  }

  /** The address of the review task of a material, from the reviewer's My tasks. */
  private static String reviewTaskHref(Browser browser, String title) {
    TasksPage.open(browser);
    return browser.driver().findElements(By.cssSelector("table.tasks tbody tr")).stream()
        .filter(r -> r.getText().contains(title)).findFirst().orElseThrow(() -> new AssertionError(
            "no task for " + title + " in My tasks: " + browser.pageText()))
        .findElement(By.cssSelector("a.task-link")).getAttribute("href");
  }

  @Test
  void aSupervisorCannotReviewTheirOwnPostAndASecondOneApprovesIt() {
    String supervisorA = Browserless.newUser("SUPERVISOR");
    String supervisorB = Browserless.newUser("SUPERVISOR");
    String title = unique("Awareness post for the Mirpur meeting");

    LoginPage.open(author).logIn(supervisorA, Browserless.PASSWORD);
    MaterialPage material = NewMaterialPage.open(author).kind("Social media post").title(title)
        .text("Join us on Monday at the Mirpur community centre to talk about keeping children safe online. "
            + "If a child needs help, call the child helpline 1098.")
        .create();
    assertThat(author.currentPath()).as(author.pageText()).startsWith("/materials/view.xhtml?id=");
    assertThat(material.title()).isEqualTo(title);
    assertThat(material.status()).isEqualTo("draft");
    author.screenshot("material-draft");

    material.submitForApproval();
    assertThat(material.messages()).contains("Submitted for approval");
    assertThat(material.status()).isEqualTo("in review: waiting for approval");
    assertThat(material.offersReview()).as("the author is not offered the review").isFalse();
    String materialId = material.id();

    TasksPage.open(author);
    assertThat(author.pageText()).doesNotContain(title);

    LoginPage.open(reviewer).logIn(supervisorB, Browserless.PASSWORD);
    String review = reviewTaskHref(reviewer, title);
    assertThat(review).contains("/materials/review.xhtml?task=");

    author.driver().get(review);
    assertThat(author.pageText()).as("the author opening the review").contains("Not allowed")
        .doesNotContain("Approve").doesNotContain("Request changes");
    assertThat(author.driver().findElements(By.id("review:approve"))).isEmpty();
    author.screenshot("material-review-refused");

    reviewer.open("/tasks/approvals.xhtml");
    assertThat(reviewer.text(By.id("home-reviews"))).as("the Approvals page lists it too").contains(title);

    reviewer.driver().get(review);
    MaterialReviewPage page = new MaterialReviewPage(reviewer);
    assertThat(page.heading()).contains("Approve the material").contains(title);
    assertThat(page.text()).contains("call the child helpline 1098");
    assertThat(page.highlightClasses()).as("a helpline is not a finding").isEmpty();
    assertThat(page.comparison()).contains("No version was approved before");
    assertThat(page.offersApprove()).isTrue();

    page.requestChanges();
    assertThat(page.commentError()).contains("comment is required");
    assertThat(reviewer.currentPath()).startsWith("/materials/review.xhtml");
    ((org.openqa.selenium.JavascriptExecutor) reviewer.driver())
        .executeScript("arguments[0].scrollIntoView()", reviewer.driver().findElement(By.id("review:comment")));
    reviewer.screenshot("material-review-comment-required");

    page.comment("Clear and safe: no child can be identified.").approve();
    MaterialPage approved = new MaterialPage(reviewer);
    assertThat(approved.messages()).contains("Approved");
    assertThat(approved.status()).isEqualTo("approved, awaiting channel");
    assertThat(approved.decisions()).anySatisfy(d -> assertThat(d).contains("Approved")
        .contains("Clear and safe: no child can be identified.").contains("Hash"));
    assertThat(approved.decisions()).anySatisfy(d -> assertThat(d).contains("Submitted for approval"));

    approved.markPublished("https://www.facebook.com/savefacechildren/posts/1098");
    assertThat(approved.status()).isEqualTo("published");
    assertThat(approved.permalink()).isEqualTo("https://www.facebook.com/savefacechildren/posts/1098");
    reviewer.screenshot("material-published");

    // editing a published post makes version 2, which needs approval again; the reviewer sees what changed
    MaterialPage.open(author, materialId).editText("Join us on Tuesday at the Mirpur community centre to talk about "
        + "keeping children safe online. If a child needs help, call the child helpline 1098.");
    MaterialPage second = new MaterialPage(author);
    assertThat(second.versions()).hasSize(2);
    second.submitForApproval();
    assertThat(second.status()).isEqualTo("in review: waiting for approval");

    reviewer.driver().get(reviewTaskHref(reviewer, title));
    MaterialReviewPage diff = new MaterialReviewPage(reviewer);
    assertThat(diff.comparison()).contains("Changes since approved version 1");
    assertThat(diff.deleted()).containsExactly("Monday");
    assertThat(diff.inserted()).containsExactly("Tuesday");
    reviewer.screenshot("material-review-diff");
  }

  @Test
  void aPostNamingAChildWaitsForTheSafeguardingLeadBeforeAnyoneMayApproveIt() {
    String organiser = Browserless.newUser("ORGANISER");
    String supervisor = Browserless.newUser("SUPERVISOR");
    String lead = Browserless.newUser("SAFEGUARDING_LEAD");
    String title = unique("What happened to Rina");

    LoginPage.open(author).logIn(organiser, Browserless.PASSWORD);
    MaterialPage material = NewMaterialPage.open(author).kind("Social media post").title(title)
        .text("Rina is a 12-year-old girl; her tutor sexually abused her for months and she finally told her mother last week.")
        .create().submitForApproval("Rina");
    assertThat(material.messages()).contains("found");
    assertThat(material.status()).isEqualTo("in review: waiting for the safeguarding lead");
    assertThat(material.highlighted()).isNotEmpty();
    assertThat(material.blocks()).anySatisfy(b -> assertThat(b).contains("must be cleared by the safeguarding lead"));
    String materialId = material.id();
    author.screenshot("material-findings");

    LoginPage.open(reviewer).logIn(supervisor, Browserless.PASSWORD);
    MaterialPage seenBySupervisor = MaterialPage.open(reviewer, materialId);
    assertThat(seenBySupervisor.offersReview()).as("no approval before clearance").isFalse();
    assertThat(reviewer.driver().findElements(By.id("review:approve"))).isEmpty();
    assertThat(seenBySupervisor.blocks()).isNotEmpty();

    Browser leadBrowser = new Browser(TestServer.get().baseUrl(), 1200);
    try {
      LoginPage.open(leadBrowser).logIn(lead, Browserless.PASSWORD);
      MaterialPage seenByLead = MaterialPage.open(leadBrowser, materialId);
      assertThat(seenByLead.offersReview()).isTrue();
      leadBrowser.clickAndWait(By.id("review-link"));
      MaterialReviewPage clearance = new MaterialReviewPage(leadBrowser);
      assertThat(clearance.heading()).contains("Clear the safeguarding findings");
      assertThat(clearance.highlightClasses()).anySatisfy(c -> assertThat(c).contains("finding-high"));
      assertThat(clearance.highlightedTexts()).anySatisfy(t -> assertThat(t).contains("12-year-old"));
      assertThat(clearance.findings()).isNotEmpty().allSatisfy(f -> assertThat(f).as("findings are kept masked")
          .doesNotContain("Rina").doesNotContain("12-year-old").doesNotContain("abused her"));
      assertThat(clearance.offersApprove()).as("the lead clears, a supervisor approves").isFalse();
      leadBrowser.screenshot("material-clearance");

      clearance.clear();
      assertThat(clearance.commentError()).contains("note is required");
      leadBrowser.screenshot("material-clearance-note-required");
      clearance.comment("Discussed with the author: the girl's name is invented and she agreed through her guardian.").clear();
      assertThat(new MaterialPage(leadBrowser).messages()).contains("cleared");
      leadBrowser.open("/materials/edit.xhtml?id=" + materialId);
      assertThat(leadBrowser.pageText()).as("the lead reads but does not edit").contains("Not allowed");
    } finally {
      leadBrowser.close();
    }

    MaterialPage afterClearance = MaterialPage.open(reviewer, materialId);
    assertThat(afterClearance.status()).isEqualTo("in review: waiting for approval");
    assertThat(afterClearance.offersReview()).isTrue();
    reviewer.clickAndWait(By.id("review-link"));
    MaterialReviewPage approval = new MaterialReviewPage(reviewer);
    assertThat(approval.heading()).contains("Approve the material");
    assertThat(reviewer.pageText()).contains("The safeguarding lead cleared these findings.");
    assertThat(approval.offersApprove()).isTrue();
    reviewer.screenshot("material-approval-after-clearance");
    approval.approve();
    assertThat(new MaterialPage(reviewer).status()).isEqualTo("approved, awaiting channel");
  }

  @Test
  void aBriefForAMeetingWithAPhotoNeedsAnAttestationAndAWithdrawnVersionCanBePurged() throws Exception {
    String organiser = Browserless.newUser("ORGANISER");
    String supervisor = Browserless.newUser("SUPERVISOR");
    Browserless api = Browserless.withToken(Browserless.anonymous().login(organiser, Browserless.PASSWORD).createToken());
    String meetingId = AttendanceApiIT.meeting(api, "Dialogue with madrasa teachers", 40);
    String title = unique("Brief for the madrasa dialogue");

    LoginPage.open(author).logIn(organiser, Browserless.PASSWORD);
    author.open("/meetings/view.xhtml?id=" + meetingId);
    assertThat(author.text(By.id("meeting-materials"))).contains("No materials for this meeting yet.");
    author.clickAndWait(By.id("meeting-new-material"));
    assertThat(author.driver().findElement(By.cssSelector("input[name=meetingIds][value='" + meetingId + "']")).isSelected())
        .as("the meeting is ticked").isTrue();
    NewMaterialPage form = new NewMaterialPage(author).kind("Brief").text("What teachers can do when a pupil is absent for long.");
    form.create();
    assertThat(form.errorFor("title")).as(author.pageText()).isNotEmpty();
    MaterialPage material = form.title(title).create();
    assertThat(author.text(By.id("material-meetings"))).contains("Dialogue with madrasa teachers");
    String materialId = material.id();

    author.clickAndWait(By.id("edit-link"));
    java.nio.file.Path photo = java.nio.file.Files.createTempFile("meeting-photo", ".png");
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageIO.write(image, "png", photo.toFile());
    author.driver().findElement(By.id("upload:file")).sendKeys(photo.toAbsolutePath().toString());
    author.submit("upload:add");
    assertThat(author.text(By.id("messages"))).contains("was added");
    assertThat(author.text(By.cssSelector(".material-files"))).contains("attestation needed");
    author.screenshot("material-edit-photo");
    author.type("describe:title", title + " (final)");
    tap(author, "describe:save");
    assertThat(author.text(By.id("messages"))).contains("description was saved");
    assertThat(author.text(By.id("edit-title"))).contains(title + " (final)");
    author.clickAndWait(By.id("back-to-material"));
    material.submitForApproval();
    assertThat(material.blocks()).anySatisfy(b -> assertThat(b).contains("Every photo needs an attestation"));

    LoginPage.open(reviewer).logIn(supervisor, Browserless.PASSWORD);
    assertThat(reviewer.text(By.id("home-reviews"))).contains(title);
    reviewer.clickAndWait(By.cssSelector("#home-reviews a.review-task-link"));
    MaterialReviewPage review = new MaterialReviewPage(reviewer);
    assertThat(review.offersApprove()).as("a photo without attestation blocks approval").isFalse();
    assertThat(reviewer.text(By.id("blocked-photos"))).contains("Every photo needs an attestation");
    reviewer.driver().findElement(By.cssSelector(".attest-form input[value=GUARDIAN_CONSENT_ON_FILE]")).click();
    reviewer.clickAndWait(By.cssSelector(".attest-form input[type=submit]"));
    assertThat(reviewer.text(By.cssSelector(".attest-form .error"))).contains("reference of the guardian");
    reviewer.driver().findElement(By.cssSelector(".attest-form input[value=GUARDIAN_CONSENT_ON_FILE]")).click();
    reviewer.driver().findElement(By.cssSelector(".attest-form input[name=consentReference]")).sendKeys("Consent file CF-2026-14");
    reviewer.clickAndWait(By.cssSelector(".attest-form input[type=submit]"));
    assertThat(reviewer.text(By.id("messages"))).contains("attestation was recorded");
    assertThat(reviewer.text(By.cssSelector(".material-files"))).contains("Guardian consent on file: Consent file CF-2026-14");
    assertThat(review.offersApprove()).isTrue();
    reviewer.screenshot("material-review-photo-attested");
    review.approve();
    assertThat(new MaterialPage(reviewer).status()).isEqualTo("approved");

    MaterialPage.open(author, materialId);
    author.submit("withdraw:withdraw");
    assertThat(author.text(By.cssSelector("[id='withdraw:reason'] ~ .error"))).contains("why");
    author.type("withdraw:reason", "The dialogue was moved to next year.");
    author.screenshot("material-withdraw-reason");
    // a second click on this button at the emulated phone width lands beside it (WebDriver's coordinates under
    // mobile emulation after the page grew): click it the way a tap does, through the element itself
    tap(author, "withdraw:withdraw");
    assertThat(material.status()).isEqualTo("withdrawn");

    MaterialPage.open(reviewer, materialId);
    reviewer.clickAndWait(By.cssSelector(".purge-form input[type=submit]"));
    MaterialPage purged = new MaterialPage(reviewer);
    assertThat(purged.messages()).contains("purged");
    assertThat(purged.versions()).singleElement().satisfies(v -> assertThat(v).contains("text purged"));
    assertThat(reviewer.text(By.id("material-text-purged"))).contains("was purged");
    assertThat(purged.decisions()).anySatisfy(d -> assertThat(d).contains("Text purged"))
        .anySatisfy(d -> assertThat(d).contains("Withdrawn").contains("The dialogue was moved to next year."));
    reviewer.screenshot("material-purged");

    author.open("/materials.xhtml?meeting=" + meetingId);
    assertThat(author.texts(By.cssSelector("#materials tbody tr"))).singleElement()
        .satisfies(row -> assertThat(row).contains(title).contains("Brief").contains("withdrawn"));
    author.open("/materials.xhtml?q=" + java.net.URLEncoder.encode("no such title at all", java.nio.charset.StandardCharsets.UTF_8));
    assertThat(author.text(By.id("materials-empty"))).contains("No material matches these filters.");
    author.screenshot("materials-list-empty");
    author.open("/meetings/view.xhtml?id=" + meetingId);
    assertThat(author.text(By.id("meeting-materials"))).contains(title).contains("withdrawn");

    author.clickAndWait(By.cssSelector("button[value='bn']"));
    author.open("/materials.xhtml?meeting=" + meetingId);
    assertThat(author.texts(By.cssSelector("#materials tbody tr"))).singleElement()
        .satisfies(row -> assertThat(row).contains(title).contains("সংক্ষিপ্ত বিবরণী").contains("প্রত্যাহার করা হয়েছে"));
    author.screenshot("materials-list-bangla");
    author.clickAndWait(By.cssSelector("button[value='en']"));
  }
}
