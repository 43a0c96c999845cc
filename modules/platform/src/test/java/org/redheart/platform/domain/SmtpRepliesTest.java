package org.redheart.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redheart.platform.domain.SmtpReplies.Verdict;

class SmtpRepliesTest {

  @ParameterizedTest
  @ValueSource(ints = {421, 450, 451, 452})
  void tryLaterCodesPauseTheQueue(int code) {
    assertThat(SmtpReplies.classify(code, "busy", false)).isEqualTo(Verdict.PAUSE_QUEUE);
    assertThat(SmtpReplies.classify(code, "busy", true)).isEqualTo(Verdict.PAUSE_QUEUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5.4.5 Daily user sending quota exceeded", "4.7.0 Rate limit exceeded",
      "Too many messages, slow down", "4.7.1 Try again later", "throttled"})
  void quotaTextsPauseTheQueueWhateverTheCode(String text) {
    assertThat(SmtpReplies.classify(550, text, false)).isEqualTo(Verdict.PAUSE_QUEUE);
    assertThat(SmtpReplies.classify(471, text, true)).isEqualTo(Verdict.PAUSE_QUEUE);
  }

  @Test
  void aPermanentRefusalOfTheRecipientBouncesTheAddress() {
    assertThat(SmtpReplies.classify(550, "5.1.1 User unknown", true)).isEqualTo(Verdict.BOUNCE_RECIPIENT);
  }

  @Test
  void aPermanentRefusalOfTheMessageFailsItWithoutBlamingTheAddress() {
    assertThat(SmtpReplies.classify(554, "5.7.1 Message rejected as spam", false)).isEqualTo(Verdict.FAIL_MAIL);
  }

  @Test
  void otherPassingFailuresAreRetried() {
    assertThat(SmtpReplies.classify(471, "local error", false)).isEqualTo(Verdict.RETRY_MAIL);
    assertThat(SmtpReplies.classify(-1, "Connection reset", false)).isEqualTo(Verdict.RETRY_MAIL);
  }

  @Test
  void wordsThatMerelyContainRateDoNotPause() {
    assertThat(SmtpReplies.classify(554, "generated content was separated", false)).isEqualTo(Verdict.FAIL_MAIL);
  }
}
