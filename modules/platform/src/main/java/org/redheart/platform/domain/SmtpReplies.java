package org.redheart.platform.domain;

import java.util.regex.Pattern;

/**
 * What an SMTP relay's answer means for the queue. "Quota" and "try later" answers (421, 450-452,
 * or a text about quota, rate or too many) pause the whole queue instead of failing mail; a
 * permanent (5xx) refusal of a recipient makes that address bouncing; another 5xx fails the mail
 * for good; anything else passing is retried on the {@link RetrySchedule}.
 */
public final class SmtpReplies {
  private static final Pattern QUOTA_TEXT = Pattern.compile(
      "\\b(quota|rate|rate[- ]limit(ed)?|too many|try (again )?later|throttl\\w*)\\b", Pattern.CASE_INSENSITIVE);

  /** The consequence of one answer. */
  public enum Verdict {
    PAUSE_QUEUE,
    BOUNCE_RECIPIENT,
    FAIL_MAIL,
    RETRY_MAIL
  }

  private SmtpReplies() {}

  /**
   * @param code the reply code, or -1 when there was none (a dropped connection)
   * @param text the reply text, may be null
   * @param atRecipient whether the answer was to RCPT TO (about this address)
   */
  public static Verdict classify(int code, String text, boolean atRecipient) {
    if (code == 421 || (code >= 450 && code <= 452) || (text != null && QUOTA_TEXT.matcher(text).find())) {
      return Verdict.PAUSE_QUEUE;
    }
    if (code >= 500 && code < 600) {
      return atRecipient ? Verdict.BOUNCE_RECIPIENT : Verdict.FAIL_MAIL;
    }
    return Verdict.RETRY_MAIL;
  }
}
