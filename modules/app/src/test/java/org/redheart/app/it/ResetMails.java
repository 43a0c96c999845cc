package org.redheart.app.it;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The password-reset mails the server sent to an address, as the tests read them.
 *
 * <p>The shared test server has no SMTP server, so mail stays in the outbox: {@link #fromOutbox}
 * reads it as an admin would, through the outbox's REST resource.
 */
interface ResetMails {

  /** Links ({@code /public/reset-password.xhtml?t=...}, without the host) mailed to the address, oldest first. */
  List<String> linksTo(String email);

  /** The newest link mailed to the address, waiting a few seconds for it. */
  default String lastLinkTo(String email) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      List<String> links = linksTo(email);
      if (!links.isEmpty()) {
        return links.get(links.size() - 1);
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no password-reset mail to " + email);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Reads the admin outbox (newest first there) and returns the links, oldest first. */
  static ResetMails fromOutbox() {
    Pattern entry = Pattern.compile("\\{[^{}]*?\"id\":\"([^\"]+)\"[^{}]*?\\}");
    Pattern link = Pattern.compile("(/public/reset-password\\.xhtml\\?t=[A-Za-z0-9_.\\-]+)");
    return email -> {
      Browserless admin = Browserless.admin();
      String list = admin.get("/api/admin/outbox?size=200").body();
      List<String> links = new ArrayList<>();
      Matcher m = entry.matcher(list);
      while (m.find()) {
        String item = m.group(0);
        if (item.contains("\"recipient\":\"" + email + "\"") && item.contains("\"template\":\"password-reset\"")) {
          Matcher l = link.matcher(admin.get("/api/admin/outbox/" + m.group(1)).body());
          if (l.find()) {
            links.add(0, l.group(1));
          }
        }
      }
      return links;
    };
  }
}
