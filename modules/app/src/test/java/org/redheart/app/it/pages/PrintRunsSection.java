package org.redheart.app.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The "Print runs" section of a material's page: stock, recording a print run, a distribution. */
public final class PrintRunsSection {
  private final Browser browser;

  public PrintRunsSection(Browser browser) {
    this.browser = browser;
  }

  public static PrintRunsSection open(Browser browser, String materialId) {
    browser.open("/materials/view.xhtml?id=" + materialId + "#print");
    return new PrintRunsSection(browser);
  }

  public PrintRunsSection recordPrintRun(int copies, String printer) {
    browser.type("printRun:quantity", String.valueOf(copies));
    browser.type("printRun:printer", printer);
    browser.submit("printRun:record");
    return this;
  }

  /** Gives copies to a meeting of the campaign, chosen by its id in the list of meetings. */
  public PrintRunsSection distributeToMeeting(int copies, String meetingId) {
    browser.type("distribute:quantity", String.valueOf(copies));
    browser.click("target-meeting");
    new Select(browser.driver().findElement(By.id("meetingId"))).selectByValue(meetingId);
    browser.submit("distribute:give");
    return this;
  }

  public PrintRunsSection distributeToEvent(int copies, String eventName) {
    browser.type("distribute:quantity", String.valueOf(copies));
    browser.click("target-event");
    browser.type("distribute:eventName", eventName);
    browser.submit("distribute:give");
    return this;
  }

  /** Copies on hand, as the page shows them (digits as shown in English). */
  public String onHand() {
    return browser.text(By.id("print-on-hand"));
  }

  public String distributions() {
    return browser.text(By.id("print-distributions"));
  }

  public String messages() {
    return browser.text(By.id("messages"));
  }
}
