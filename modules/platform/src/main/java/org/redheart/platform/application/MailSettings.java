package org.redheart.platform.application;

import java.net.URI;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * The dispatcher's settings ({@code redheart.smtp.*} and {@code redheart.mail.*}); see the README's
 * configuration table.
 */
public record MailSettings(
    String host,
    int port,
    String user,
    String password,
    boolean tls,
    String from,
    int perMinute,
    int perDay,
    int batchSize,
    int leaseSeconds,
    int pauseSeconds,
    int outagePauseSeconds,
    long pollMillis,
    String messageIdHost) {

  public boolean smtpConfigured() {
    return host != null && !host.isBlank();
  }

  public static MailSettings from(Config c) {
    return new MailSettings(
        c.getOptionalValue("redheart.smtp.host", String.class).orElse(""),
        c.getOptionalValue("redheart.smtp.port", Integer.class).orElse(587),
        c.getOptionalValue("redheart.smtp.user", String.class).orElse(""),
        c.getOptionalValue("redheart.smtp.password", String.class).orElse(""),
        c.getOptionalValue("redheart.smtp.tls", Boolean.class).orElse(true),
        c.getOptionalValue("redheart.smtp.from", String.class).orElse("Red Heart Organiser <no-reply@localhost>"),
        c.getOptionalValue("redheart.mail.per-minute", Integer.class).orElse(0),
        c.getOptionalValue("redheart.mail.per-day", Integer.class).orElse(0),
        c.getOptionalValue("redheart.mail.batch-size", Integer.class).orElse(50),
        c.getOptionalValue("redheart.mail.lease-seconds", Integer.class).orElse(120),
        c.getOptionalValue("redheart.mail.pause-seconds", Integer.class).orElse(900),
        c.getOptionalValue("redheart.mail.outage-pause-seconds", Integer.class).orElse(60),
        c.getOptionalValue("redheart.mail.poll-millis", Long.class).orElse(2000L),
        hostOf(c.getOptionalValue("redheart.public-base-url", String.class).orElse("http://localhost:8080")));
  }

  static String hostOf(String baseUrl) {
    try {
      String h = URI.create(baseUrl.strip()).getHost();
      return h == null || h.isBlank() ? "localhost" : h;
    } catch (IllegalArgumentException e) {
      return "localhost";
    }
  }

  /** Jakarta Mail session properties for one reused SMTP connection. */
  Properties sessionProperties() {
    Properties p = new Properties();
    p.put("mail.smtp.host", host);
    p.put("mail.smtp.port", Integer.toString(port));
    p.put("mail.smtp.auth", Boolean.toString(user != null && !user.isBlank()));
    p.put("mail.smtp.starttls.enable", Boolean.toString(tls));
    p.put("mail.smtp.starttls.required", Boolean.toString(tls));
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "30000");
    p.put("mail.smtp.writetimeout", "30000");
    p.put("mail.smtp.quitwait", "false");
    return p;
  }
}
