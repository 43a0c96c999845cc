package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.redheart.app.it.pages.Browser;
import org.redheart.app.it.pages.CategoriesPage;
import org.redheart.app.it.pages.ContactFormPage;
import org.redheart.app.it.pages.ContactPage;
import org.redheart.app.it.pages.ContactsPage;
import org.redheart.app.it.pages.LoginPage;

/** The contact directory in a real browser at phone width: organisations, people, search, consent, merge. */
@ExtendWith(TestServer.class)
class ContactsUiIT {
  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(TestServer.get().baseUrl(), 360);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  /** Letters only, so that name folding and blocking keys treat it as one plain word. */
  private static String word() {
    Random random = new Random();
    StringBuilder sb = new StringBuilder("Q");
    for (int i = 0; i < 7; i++) {
      sb.append((char) ('a' + random.nextInt(26)));
    }
    return sb.toString();
  }

  @Test
  void anOrganiserAddsAnOrganisationAndAPersonInItThenFindsThePersonByDistrictAndCategory() {
    LoginPage.open(browser).logIn(Browserless.newUser("ORGANISER"), Browserless.PASSWORD);
    String unique = word();
    String organisation = "Shishu Adhikar Forum " + unique;
    ContactFormPage.newOrganisation(browser).name(organisation).district("Khulna").country("Bangladesh")
        .emails(unique.toLowerCase() + "-office@example.org").category("Grassroots NGOs and CBOs working with both women and child rights at village level").save();
    ContactPage orgPage = new ContactPage(browser);
    assertThat(browser.pageText()).contains(organisation + " was added");
    assertThat(orgPage.name()).isEqualTo(organisation);
    String organisationId = orgPage.id();

    orgPage.addMember();
    ContactFormPage person = new ContactFormPage(browser);
    assertThat(person.organisationOfRow(0)).isEqualTo(organisation);
    String name = "Ayesha Siddika " + unique;
    person.organisation(0, organisation, "Programme officer").name(name).district("Khulna").country("বাংলাদেশ")
        .emails(unique.toLowerCase() + "@example.org").phones("০১৭১১-১২৩৪৫৬").tags("facilitator, volunteer")
        .category("Social workers").language("Bangla").save();
    ContactPage personPage = new ContactPage(browser);
    assertThat(personPage.name()).as(browser.pageText()).isEqualTo(name);
    assertThat(personPage.organisations()).contains(organisation).contains("Programme officer");
    assertThat(personPage.details()).contains("+8801711123456").contains("Khulna").contains("Bangladesh");
    browser.screenshot("contact-page");

    ContactPage.open(browser, organisationId);
    assertThat(new ContactPage(browser).members()).contains(name);

    ContactsPage list = ContactsPage.open(browser).district("Khulna").category("Social workers").search();
    assertThat(browser.currentPath()).contains("district=Khulna").contains("categoryId=");
    assertThat(list.names()).contains(name).doesNotContain(organisation);
    assertThat(list.rows()).allSatisfy(r -> assertThat(r).contains("Khulna").contains("Social workers"));
    assertThat(list.count()).matches("1–\\d+ of \\d+");
    assertThat(list.exportCsvHref()).contains("/api/contacts/export.csv?").contains("district=Khulna").contains("categoryId=");
    list.scrollToResults();
    browser.screenshot("contacts-filtered");

    String csv = downloadWithTheBrowsersSession(list.exportCsvHref());
    assertThat(csv).contains(name);

  }

  /** Fetches a link the way the browser would, with its session cookie (headless downloads are awkward to read). */
  private String downloadWithTheBrowsersSession(String url) {
    var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
    try {
      var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
          .header("Cookie", "JSESSIONID=" + cookie.getValue()).GET().build(),
          java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return response.body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aBanglaNameIsFoundAndOnlyNamesContainingItAreShown() {
    LoginPage.open(browser).logIn(Browserless.newUser("ORGANISER"), Browserless.PASSWORD);
    String unique = word();
    ContactFormPage.newPerson(browser).name("রহিমা খাতুন " + unique).save();
    ContactFormPage.newPerson(browser).name("রহিম উদ্দিন " + unique).save();
    ContactFormPage.newPerson(browser).name("Rahima Begum " + unique).save();

    // Other tests share the server's contacts, so the first page may hold other Rahimas: every name
    // shown must contain the word, and ours is among them once the list is narrowed to this test's names.
    ContactsPage list = ContactsPage.open(browser).name("রহিমা").search();
    assertThat(list.names()).isNotEmpty().allSatisfy(n -> assertThat(n).contains("রহিমা"));
    assertThat(ContactsPage.open(browser).name(unique).search().names())
        .containsExactlyInAnyOrder("রহিমা খাতুন " + unique, "রহিম উদ্দিন " + unique, "Rahima Begum " + unique);
    assertThat(ContactsPage.open(browser).name("রহিমা খাতুন " + unique).search().names())
        .containsExactly("রহিমা খাতুন " + unique);
    list = ContactsPage.open(browser).name("রহিমা খাতুন " + unique).search();
    list.scrollToResults();
    browser.screenshot("contacts-bangla-search");

    browser.clickAndWait(By.cssSelector("button[value='bn']"));
    assertThat(browser.pageText()).contains("নাম দিয়ে খুঁজুন").contains("রহিমা খাতুন " + unique);
    assertThat(list.count()).matches(".*[০-৯]+–[০-৯]+.*");
    browser.clickAndWait(By.cssSelector("button[value='en']"));

    ContactsPage none = ContactsPage.openWith(browser, ContactsPage.param("q", "রহিমা " + unique + " nobody"));
    assertThat(none.isEmpty()).isTrue();
    assertThat(browser.pageText()).contains("No contact matches");
  }

  @Test
  void aConsentDecisionIsRecordedWithItsBasisAndSource() {
    LoginPage.open(browser).logIn(Browserless.newUser("ORGANISER"), Browserless.PASSWORD);
    String unique = word();
    ContactFormPage.newPerson(browser).name("Farzana Haque " + unique).emails(unique.toLowerCase() + "@example.org").save();
    ContactPage page = new ContactPage(browser);
    assertThat(page.consentRow("BULLETIN")).contains("Not recorded");

    page.recordConsent("Bulletin", true, "Consent", "signed form at the parents' meeting");
    assertThat(browser.pageText()).contains("Consent for Bulletin was recorded");
    assertThat(page.consentRow("BULLETIN")).contains("Given").contains("Consent").contains("signed form at the parents' meeting");
    assertThat(page.consentRow("MEETING_INVITATIONS")).contains("Not recorded");
    assertThat(page.history()).isNotBlank();

    page.recordConsent("Bulletin", false, "Consent", "e-mail asking to stop");
    assertThat(page.consentRow("BULLETIN")).contains("Withdrawn").contains("e-mail asking to stop");
  }

  @Test
  void aSupervisorMergesTwoContactsWithSimilarNames() {
    LoginPage.open(browser).logIn(Browserless.newUser("SUPERVISOR"), Browserless.PASSWORD);
    String unique = word();
    String first = "Nasrin Akter " + unique;
    String second = "Nasrin Akhter " + unique;
    ContactFormPage.newPerson(browser).name(first).emails(unique.toLowerCase() + "-1@example.org").tags("mentor").save();
    ContactFormPage.newPerson(browser).name(second).emails(unique.toLowerCase() + "-2@example.org").save();
    ContactPage survivor = new ContactPage(browser);
    String survivorId = survivor.id();
    assertThat(survivor.duplicates()).anySatisfy(d -> assertThat(d).contains(first));

    survivor.mergeIntoThis(first);
    assertThat(browser.text(By.id("merge-from"))).contains(first);
    assertThat(browser.text(By.id("merge-into"))).contains(second);
    browser.screenshot("contact-merge");
    survivor.confirmMerge();

    ContactPage merged = new ContactPage(browser);
    assertThat(merged.id()).isEqualTo(survivorId);
    assertThat(browser.pageText()).contains(first + " was merged into this contact");
    assertThat(merged.details()).contains(unique.toLowerCase() + "-1@example.org").contains(unique.toLowerCase() + "-2@example.org")
        .contains("mentor");
    ContactsPage list = ContactsPage.open(browser).name(unique).search();
    assertThat(list.names()).containsExactly(second);
  }

  @Test
  void aSecondContactWithTheSameAddressIsRefusedNextToTheAddresses() {
    LoginPage.open(browser).logIn(Browserless.newUser("ORGANISER"), Browserless.PASSWORD);
    String unique = word();
    String email = unique.toLowerCase() + "@example.org";
    ContactFormPage.newPerson(browser).name("Shirin Akter " + unique).emails(email).save();
    ContactFormPage form = ContactFormPage.newPerson(browser).name("Someone Else " + unique).emails(email.toUpperCase());
    form.save();
    assertThat(form.errorFor("emails")).containsIgnoringCase(email).contains("Shirin Akter " + unique);
    form.scrollTo("emails");
    browser.screenshot("contact-form-duplicate-address");
    assertThat(browser.currentPath()).startsWith("/contact-edit.xhtml");
  }

  @Test
  void anEditOfAContactSomeoneElseChangedMeanwhileIsRefusedWithAClearMessage() {
    LoginPage.open(browser).logIn(Browserless.newUser("ORGANISER"), Browserless.PASSWORD);
    String unique = word();
    ContactFormPage.newPerson(browser).name("Mitu Rani " + unique).save();
    String id = new ContactPage(browser).id();

    browser.open("/contact-edit.xhtml?id=" + id);
    String firstTab = browser.driver().getWindowHandle();
    browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    browser.open("/contact-edit.xhtml?id=" + id);
    new ContactFormPage(browser).district("Rajshahi").save();
    assertThat(browser.pageText()).contains("were saved");
    browser.driver().close();
    browser.driver().switchTo().window(firstTab);

    ContactFormPage stale = new ContactFormPage(browser).district("Sylhet");
    stale.save();
    assertThat(browser.pageText()).contains("Someone else changed this contact");
    assertThat(browser.text(By.id("stale-notice"))).contains("Open the current version");
    assertThat(ContactPage.open(browser, id).details()).contains("Rajshahi").doesNotContain("Sylhet");
  }

  @Test
  void aChildRecordedWithoutAGuardiansConsentIsListedWithoutAName() {
    LoginPage.open(browser).logIn(Browserless.newUser("ORGANISER"), Browserless.PASSWORD);
    String tag = word().toLowerCase();
    ContactFormPage form = ContactFormPage.newPerson(browser).minor().name("Some Child").tags(tag);
    form.save();
    assertThat(form.errorFor("name")).contains("guardian");
    form.scrollTo("name");
    browser.screenshot("contact-form-child");

    form.name("").save();
    assertThat(new ContactPage(browser).name()).isEqualTo("Child (no name recorded)");
    ContactsPage list = ContactsPage.openWith(browser, ContactsPage.param("tag", tag));
    assertThat(list.names()).containsExactly("Child (no name recorded)");
  }

  @Test
  void anAdminErasesAPersonAfterConfirmingAndTheyAreNowhereInTheList() {
    LoginPage.open(browser).logIn(Browserless.newUser("ADMIN"), Browserless.PASSWORD);
    String unique = word();
    String name = "Kulsum Begum " + unique;
    ContactFormPage.newPerson(browser).name(name).emails(unique.toLowerCase() + "@example.org").save();
    browser.clickAndWait(By.id("erase-contact"));
    assertThat(browser.text(By.id("erase-who"))).contains(name);

    browser.submit("erase:submit");
    assertThat(browser.text(By.cssSelector("#erase .field .error"))).contains("Tick the box");
    browser.click("erase:confirmed");
    browser.submit("erase:submit");
    assertThat(browser.currentPath()).startsWith("/contacts.xhtml");
    assertThat(browser.pageText()).contains("erased everywhere");
    assertThat(ContactsPage.openWith(browser, ContactsPage.param("q", unique)).isEmpty()).isTrue();
  }

  @Test
  void aSupervisorAddsRenamesAndMovesAStakeholderCategory() {
    LoginPage.open(browser).logIn(Browserless.newUser("SUPERVISOR"), Browserless.PASSWORD);
    String unique = word();
    CategoriesPage page = CategoriesPage.open(browser).add("Faith leaders " + unique, "ধর্মীয় নেতা " + unique);
    assertThat(browser.pageText()).contains("The category Faith leaders " + unique + " was added");
    assertThat(page.names()).last().isEqualTo("Faith leaders " + unique);

    page.rename("Faith leaders " + unique, "Religious leaders " + unique, "ধর্মীয় নেতা " + unique);
    assertThat(page.names()).contains("Religious leaders " + unique).doesNotContain("Faith leaders " + unique);
    int before = page.names().indexOf("Religious leaders " + unique);
    page.moveUp("Religious leaders " + unique);
    assertThat(page.names().indexOf("Religious leaders " + unique)).isEqualTo(before - 1);

    page.rename("Religious leaders " + unique, "", "");
    assertThat(browser.pageText()).contains("Name: is required");
  }
}
