package org.redheart.app.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The password-reset mails the server sent to an address, as the tests read them.
 *
 * <p>Today there is one way: while no {@code Outbox} implementation is deployed, the platform writes
 * each mail to the server log ("mail kept in this log only"), and this reads the test server's log
 * ({@code target/it-server.log}). Once the outbox is merged, the mail no longer goes to the log:
 * replace {@link #fromServerLog} by a reader of the admin outbox page (or its REST resource) and the
 * tests that use this class run unchanged.
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

  static ResetMails fromServerLog() {
    Path log = Path.of(System.getProperty("redheart.it.target", "target")).resolve("it-server.log");
    return email -> {
      Pattern mail = Pattern.compile("template=password-reset language=(en|bn) to=" + Pattern.quote(email)
          + " model=\\{[^\\n]*?link=https?://[^/\\s]+(/public/reset-password\\.xhtml\\?t=[A-Za-z0-9_.\\-]+)");
      try {
        List<String> links = new ArrayList<>();
        if (!Files.exists(log)) {
          return links;
        }
        Matcher m = mail.matcher(Files.readString(log, StandardCharsets.UTF_8));
        while (m.find()) {
          links.add(m.group(2));
        }
        return links;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    };
  }
}
