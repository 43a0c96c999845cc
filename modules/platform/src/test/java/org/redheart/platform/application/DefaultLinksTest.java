package org.redheart.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Secrets;

class DefaultLinksTest {
  private final TestClock clock = new TestClock(Instant.parse("2027-01-20T08:00:00Z"));
  private final DefaultLinks links = new DefaultLinks(secret("a-link-secret-that-is-at-least-32-bytes"), clock);

  private static Secrets secret(String value) {
    return name -> value.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void verifiesItsOwnTokenAndGivesBackTheSubject() {
    String token = links.sign("password-reset", "user-42", Duration.ofMinutes(60));

    assertThat(links.verify("password-reset", token)).contains("user-42");
  }

  @Test
  void makesTokensThatNeedNoEscapingInAUrl() {
    String token = links.sign("invitation", "ünïcode subject/with+odd=chars?&", Duration.ofDays(30));

    assertThat(token).matches("[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+");
    assertThat(links.verify("invitation", token)).contains("ünïcode subject/with+odd=chars?&");
  }

  @Test
  void refusesATokenOnceItsValidityHasPassed() {
    String token = links.sign("password-reset", "user-42", Duration.ofMinutes(60));

    clock.advance(Duration.ofMinutes(59).plusSeconds(59));
    assertThat(links.verify("password-reset", token)).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(links.verify("password-reset", token)).isEmpty();
  }

  @Test
  void keepsALinkWithoutValidityWorkingForever() {
    String token = links.sign("unsubscribe", "contact-7", null);

    clock.advance(Duration.ofDays(365 * 30));

    assertThat(links.verify("unsubscribe", token)).contains("contact-7");
  }

  @Test
  void refusesATokenSignedForAnotherPurpose() {
    String token = links.sign("unsubscribe", "contact-7", null);

    assertThat(links.verify("password-reset", token)).isEmpty();
    assertThat(links.verify("unsubscribe ", token)).isEmpty();
  }

  @Test
  void refusesATokenWhoseSubjectWasChanged() {
    String token = links.sign("password-reset", "user-42", Duration.ofMinutes(60));
    String signature = token.substring(token.indexOf('.') + 1);
    String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
    String otherUser = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(payload.replace("user-42", "user-43").getBytes(StandardCharsets.UTF_8));

    assertThat(links.verify("password-reset", otherUser + "." + signature)).isEmpty();
  }

  @Test
  void refusesATokenWhoseExpiryWasPushedBack() {
    String token = links.sign("password-reset", "user-42", Duration.ofMinutes(60));
    String signature = token.substring(token.indexOf('.') + 1);
    String never = Base64.getUrlEncoder().withoutPadding().encodeToString("-:user-42".getBytes(StandardCharsets.UTF_8));

    clock.advance(Duration.ofHours(2));

    assertThat(links.verify("password-reset", never + "." + signature)).isEmpty();
  }

  @Test
  void refusesATokenWithATamperedSignature() {
    String token = links.sign("password-reset", "user-42", Duration.ofMinutes(60));
    char last = token.charAt(token.length() - 2);
    String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

    assertThat(links.verify("password-reset", tampered)).isEmpty();
  }

  @Test
  void refusesATokenSignedWithAnotherSecret() {
    DefaultLinks otherInstallation = new DefaultLinks(secret("another-secret-of-at-least-32-bytes!!"), clock);
    String token = otherInstallation.sign("password-reset", "user-42", Duration.ofMinutes(60));

    assertThat(links.verify("password-reset", token)).isEmpty();
  }

  @Test
  void refusesGarbageWithoutThrowing() {
    for (String garbage : new String[] {null, "", ".", "abc", "abc.def", "a.b.c", "!!!.???", "x".repeat(5000),
        Base64.getUrlEncoder().encodeToString("-:user".getBytes(StandardCharsets.UTF_8)) + "."}) {
      assertThat(links.verify("password-reset", garbage)).as(String.valueOf(garbage)).isEmpty();
    }
    assertThat(links.verify(null, links.sign("p", "s", null))).isEmpty();
  }

  @Test
  void refusesToSignWithoutPurposeOrSubjectOrWithANonPositiveValidity() {
    assertThatThrownBy(() -> links.sign(" ", "user-42", null)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> links.sign("password-reset", "", null)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> links.sign("password-reset", "user-42", Duration.ZERO)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> links.sign("password-reset", "user-42", Duration.ofMinutes(-5))).isInstanceOf(InvalidInput.class);
  }
}
