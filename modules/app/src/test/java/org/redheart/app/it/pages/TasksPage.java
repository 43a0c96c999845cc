package org.redheart.app.it.pages;

import java.util.List;
import org.openqa.selenium.By;

/** My tasks. */
public final class TasksPage {
  private final Browser browser;

  private TasksPage(Browser browser) {
    this.browser = browser;
  }

  public static TasksPage open(Browser browser) {
    browser.open("/tasks/index.xhtml");
    return new TasksPage(browser);
  }

  public List<String> rows() {
    return browser.texts(By.cssSelector("table.tasks tbody tr"));
  }

  public void openTaskOf(String meetingTitle) {
    String href = browser.driver().findElements(By.cssSelector("table.tasks tbody tr")).stream()
        .filter(r -> r.getText().contains(meetingTitle)).findFirst().orElseThrow()
        .findElement(By.cssSelector("a.task-link")).getAttribute("href");
    browser.driver().get(href);
  }
}
