package org.redheart.app.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;

/** The "Publication" section of an approved post's page: schedule it on a channel, its state and permalink. */
public final class PublicationSection {
  private final Browser browser;

  public PublicationSection(Browser browser) {
    this.browser = browser;
  }

  /** Schedules the post on a channel ({@code MANUAL} or {@code FACEBOOK_PAGE}) now (the time left empty). */
  public PublicationSection publishNowOn(String channel) {
    browser.driver().findElement(By.cssSelector("input[name='publication:channel'][value='" + channel + "']")).click();
    browser.submit("publication:schedule");
    return this;
  }

  public String state() {
    return browser.text(By.id("publication-state"));
  }

  public String permalink() {
    return browser.text(By.id("publication-permalink"));
  }

  /** Reloads the page until the publication shows a permalink (the engine publishes in the background). */
  public PublicationSection awaitPermalink(Duration within) throws InterruptedException {
    long end = System.nanoTime() + within.toNanos();
    while (browser.driver().findElements(By.id("publication-permalink")).isEmpty()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not published within " + within + ": " + browser.pageText());
      }
      Thread.sleep(1000);
      browser.driver().navigate().refresh();
    }
    return this;
  }
}
