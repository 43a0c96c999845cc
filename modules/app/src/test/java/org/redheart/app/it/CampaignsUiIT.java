package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.redheart.app.it.pages.Browser;
import org.redheart.app.it.pages.LoginPage;

/**
 * An admin creates a campaign with an organiser and edits a template's deadlines (errors next to the
 * field); the organiser then schedules a meeting in that campaign from a template, at phone width.
 */
@ExtendWith(TestServer.class)
class CampaignsUiIT {
  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(TestServer.get().baseUrl(), 360);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void anAdminCreatesACampaignAndEditsATemplateAndTheOrganiserSchedulesFromIt() {
    String organiser = Browserless.newUser("ORGANISER");
    String name = "Campaign UI " + UUID.randomUUID().toString().substring(0, 6);
    LoginPage.open(browser).logIn("admin", TestServer.get().adminPassword());

    browser.open("/campaigns.xhtml");
    browser.submit("campaign:save");
    assertThat(browser.text(By.cssSelector("#campaign .error"))).contains("required");

    browser.type("campaign:name", name);
    browser.type("campaign:hashtag", "SaveFACE4Children");
    browser.type("campaign:mission", "Protect children from abuse, exploitation and trafficking");
    browser.driver().findElement(By.xpath("//label[contains(normalize-space(.), 'Test " + organiser + "')]")).click();
    browser.submit("campaign:save");
    assertThat(browser.pageText()).contains("The campaign was created.");
    assertThat(browser.text(By.id("campaigns"))).contains(name).contains("#SaveFACE4Children");
    browser.screenshot("campaign-form");

    browser.open("/admin/templates.xhtml");
    browser.clickAndWait(By.linkText("Stakeholder meeting"));
    assertThat(browser.driver().findElement(By.id("template:agenda")).getAttribute("value")).contains("Welcome address");
    browser.type("template:deadlines:2:days", "3");
    browser.submit("template:save");
    assertThat(browser.text(By.id("template"))).contains("on or before the meeting day");
    browser.type("template:deadlines:2:days", "-14");
    browser.submit("template:save");
    assertThat(browser.pageText()).contains("The template was saved.");

    browser.driver().manage().deleteAllCookies(); // signed out
    LoginPage.open(browser).logIn(organiser, Browserless.PASSWORD);
    browser.open("/meetings/new.xhtml");
    new Select(browser.driver().findElement(By.id("meeting:campaignId"))).selectByVisibleText(name);
    new Select(browser.driver().findElement(By.id("meeting:templateId"))).selectByVisibleText("Campaign meeting");
    browser.type("meeting:title", "Scheduled from a template");
    new Select(browser.driver().findElement(By.id("meeting:audienceCategoryId"))).selectByIndex(1);
    browser.setValue("meeting:date", LocalDate.now().plusDays(40).toString());
    browser.setValue("meeting:startTime", "10:00");
    browser.setValue("meeting:endTime", "13:30");
    browser.type("meeting:venue", "CWCS Conference Room, Dhaka");
    browser.submit("meeting:submit");
    assertThat(browser.currentPath()).as(browser.pageText()).startsWith("/meetings/view.xhtml?id=");
    assertThat(browser.pageText()).contains("85");

    browser.open("/meetings/index.xhtml");
    new Select(browser.driver().findElement(By.id("campaign"))).selectByVisibleText(name);
    browser.clickAndWait(By.cssSelector("#campaign-filter button"));
    assertThat(browser.pageText()).contains("Scheduled from a template");
  }
}
