package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.redheart.app.it.pages.Browser;
import org.redheart.app.it.pages.JoinPage;
import org.redheart.app.it.pages.LoginPage;
import org.redheart.app.it.pages.ReviewPage;
import org.redheart.app.it.pages.TasksPage;

/** In a real browser at phone width: apply through the public form, then approve as a supervisor from the work list. */
@ExtendWith(TestServer.class)
class NetworkUiIT {
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
  void anApplicantJoinsAndASupervisorApprovesFromTheWorkList() {
    String marker = UUID.randomUUID().toString().substring(0, 6);
    String name = "Rahima Begum " + marker;

    JoinPage join = JoinPage.open(browser);
    browser.screenshot("network-join");
    join.asIndividual().name(name).email("rahima." + marker + "@example.org").phone("০১৭১১ ১২৩৪৫৬").district("Sylhet")
        .category("Social workers").volunteer().bulletin().send();
    assertThat(browser.pageText()).contains("Thank you for applying");

    String supervisor = Browserless.newUser("SUPERVISOR");
    LoginPage.open(browser).logIn(supervisor, Browserless.PASSWORD);
    TasksPage tasks = TasksPage.open(browser);
    assertThat(tasks.rows()).anySatisfy(r -> assertThat(r).contains("Review a membership application"));

    browser.open("/network.xhtml");
    browser.clickAndWait(By.linkText(name));
    ReviewPage review = new ReviewPage(browser);
    browser.screenshot("network-review");
    assertThat(review.details()).contains(name).contains("01711123456").contains("Social workers");
    review.approve();

    assertThat(browser.currentPath()).startsWith("/network-member.xhtml?id=");
    assertThat(browser.text(By.id("member-title"))).isEqualTo(name);
    assertThat(browser.text(By.id("member-state"))).isEqualTo("Member");
    assertThat(browser.text(By.id("member-history"))).contains("joined").contains("volunteered");
    browser.screenshot("network-member");
  }
}
