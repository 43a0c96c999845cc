package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.redheart.app.it.pages.Browser;
import org.redheart.app.it.pages.LoginPage;
import org.redheart.app.it.pages.NewMeetingPage;
import org.redheart.app.it.pages.TaskFormPage;
import org.redheart.app.it.pages.TasksPage;

/** An organiser in a real browser, at phone width: log in, create a meeting, work its first task. */
@ExtendWith(TestServer.class)
class MeetingUiIT {
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
  void anOrganiserCreatesAMeetingAndCompletesItsFirstTask() {
    String organiser = Browserless.newUser("ORGANISER");
    LoginPage.open(browser).logIn(organiser, Browserless.PASSWORD);
    assertThat(browser.pageText()).contains("Welcome");

    String title = "Meeting with grassroots CBOs " + java.util.UUID.randomUUID().toString().substring(0, 6);
    String date = LocalDate.now().plusDays(40).toString();
    NewMeetingPage.open(browser).title(title).audience("Social workers")
        .when(date, "14:00", "17:00").venue("CWCS Conference Room, Dhaka").expected("৬০").create();
    assertThat(browser.currentPath()).as(browser.pageText()).startsWith("/meetings/view.xhtml?id=");
    assertThat(browser.text(By.id("meeting-title"))).isEqualTo(title);
    assertThat(browser.text(By.id("meeting-when"))).contains("14:00").contains("Dhaka");
    assertThat(browser.pageText()).contains("60");

    TasksPage tasks = TasksPage.open(browser);
    assertThat(tasks.rows()).anySatisfy(r -> assertThat(r).contains("Write the concept note").contains(title));
    tasks.openTaskOf(title);
    TaskFormPage form = new TaskFormPage(browser);
    browser.screenshot("task-form");
    assertThat(form.title()).isEqualTo("Write the concept note");
    assertThat(form.value("Expected participants")).as("taken from the meeting").isEqualTo("60");
    form.fill("Purpose", "Make grassroots organisations aware of online child sexual exploitation")
        .fill("Planned number of groups", "3").fill("Room capacity", "70").fill("Guest speakers wanted", "2")
        .cell("themes", 0, 0, "A").cell("themes", 0, 1, "Prevention").complete();

    assertThat(browser.pageText()).contains("Task completed");
    browser.clickAndWait(By.linkText("Meetings"));
    browser.clickAndWait(By.linkText(title));
    assertThat(browser.text(By.id("history-list"))).contains("Write the concept note").contains("done");
    assertThat(browser.text(By.id("meeting-stage"))).contains("Approve the concept note");
    browser.screenshot("meeting-page");
  }

  @Test
  void aMeetingWithoutTitleOrFutureDateShowsErrorsNextToTheFields() {
    LoginPage.open(browser).logIn(Browserless.newUser("ORGANISER"), Browserless.PASSWORD);
    NewMeetingPage page = NewMeetingPage.open(browser).when(LocalDate.now().minusDays(2).toString(), "10:00", "")
        .venue("Dhaka").expected("-3");
    page.create();
    assertThat(page.errorFor("title")).contains("required");
    assertThat(page.errorFor("date")).contains("past");
    assertThat(page.errorFor("expectedParticipants")).contains("between");
    assertThat(browser.currentPath()).startsWith("/meetings/new.xhtml");
    browser.screenshot("new-meeting-errors");
  }

  @Test
  void theSamePagesReadInBangla() {
    LoginPage.open(browser).logIn(Browserless.newUser("ORGANISER"), Browserless.PASSWORD);
    browser.clickAndWait(By.cssSelector("button[value='bn']"));
    assertThat(browser.pageText()).contains("আমার কাজ").contains("সভা");
    TasksPage.open(browser);
    assertThat(browser.pageText()).contains("আমার কাজ");
    browser.screenshot("my-tasks-bangla");
    browser.clickAndWait(By.cssSelector("button[value='en']"));
    assertThat(browser.pageText()).contains("My tasks");
  }
}
