package org.redheart.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.MailPurpose;
import org.redheart.platform.api.OutgoingMail;
import org.redheart.platform.api.PasswordResets;
import org.redheart.platform.api.PasswordResets.Outcome;
import org.redheart.platform.domain.PasswordHasher;

class DefaultPasswordResetsTest {
  private static final String NEW_PASSWORD = "a brand new passphrase";

  private final TestClock clock = new TestClock(Instant.parse("2027-01-20T08:00:00Z"));
  private final DefaultLinks links =
      new DefaultLinks(name -> "a-link-secret-that-is-at-least-32-bytes".getBytes(StandardCharsets.UTF_8), clock);
  private final InMemoryFormTokens formTokens = new InMemoryFormTokens();
  private final InMemoryResetAccounts accounts = new InMemoryResetAccounts();
  private final RecordingOutbox outbox = new RecordingOutbox();
  private final DefaultPasswordResets resets =
      new DefaultPasswordResets(links, formTokens, accounts, outbox, "https://organiser.example.org");

  private Outcome request(String usernameOrEmail) {
    return resets.request(usernameOrEmail, formTokens.issue(PasswordResets.REQUEST_FORM, PasswordResets.REQUEST_FORM));
  }

  private Outcome reset(String link, String password) {
    return resets.reset(link, formTokens.issue(PasswordResets.RESET_FORM, link), password);
  }

  private static String linkToken(OutgoingMail mail) {
    String link = mail.model().get("link").toString();
    return link.substring(link.indexOf("?t=") + 3);
  }

  @Test
  void mailsAnAccountThatAsksByUserNameALinkToTheResetPage() {
    var rahima = accounts.add("rahima", "rahima@example.org", "en", "her old password");

    assertThat(request("rahima")).isEqualTo(Outcome.DONE);

    OutgoingMail mail = outbox.last();
    assertThat(mail.recipient()).isEqualTo("rahima@example.org");
    assertThat(mail.template()).isEqualTo("password-reset");
    assertThat(mail.purpose()).isEqualTo(MailPurpose.ACCOUNT);
    assertThat(mail.language()).isEqualTo("en");
    assertThat(mail.subjectId()).isEqualTo(rahima.id());
    assertThat(mail.model()).containsEntry("displayName", "Name of rahima").containsEntry("validMinutes", 60);
    assertThat(mail.model().get("link").toString())
        .startsWith("https://organiser.example.org/public/reset-password.xhtml?t=");
    assertThat(resets.isUsable(linkToken(mail))).isTrue();
  }

  @Test
  void findsTheAccountByItsEmailAddressInAnyCaseAndWritesInItsLanguage() {
    accounts.add("karim", "Karim@Example.org", "bn", "his old password");

    request("  KARIM@example.ORG ");

    assertThat(outbox.mails).singleElement().satisfies(m -> {
      assertThat(m.recipient()).isEqualTo("Karim@Example.org");
      assertThat(m.language()).isEqualTo("bn");
    });
  }

  @Test
  void answersTheSameAndMailsNobodyForAnUnknownOrInactiveOrMaillessAccount() {
    var gone = accounts.add("gone", "gone@example.org", "en", "an old password");
    accounts.deactivate(gone.id());
    accounts.add("nomail", null, "en", "an old password");

    assertThat(request("nobody")).isEqualTo(Outcome.DONE);
    assertThat(request("gone")).isEqualTo(Outcome.DONE);
    assertThat(request("nomail")).isEqualTo(Outcome.DONE);
    assertThat(outbox.mails).isEmpty();
  }

  @Test
  void refusesABlankRequestWithAFieldError() {
    assertThatThrownBy(() -> request("   "))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("usernameOrEmail"));
    assertThat(outbox.mails).isEmpty();
  }

  @Test
  void sendsNothingWhenTheRequestFormIsReplayed() {
    accounts.add("rahima", "rahima@example.org", "en", "her old password");
    String formToken = formTokens.issue(PasswordResets.REQUEST_FORM, PasswordResets.REQUEST_FORM);

    assertThat(resets.request("rahima", formToken)).isEqualTo(Outcome.DONE);
    assertThat(resets.request("rahima", formToken)).isEqualTo(Outcome.INVALID);
    assertThat(resets.request("rahima", "forged")).isEqualTo(Outcome.INVALID);

    assertThat(outbox.mails).hasSize(1);
  }

  @Test
  void setsTheNewPasswordThroughTheLinkOnceOnly() {
    var rahima = accounts.add("rahima", "rahima@example.org", "en", "her old password");
    request("rahima");
    String link = linkToken(outbox.last());

    assertThat(reset(link, NEW_PASSWORD)).isEqualTo(Outcome.DONE);
    assertThat(PasswordHasher.matches(NEW_PASSWORD, accounts.hashOf(rahima.id()))).isTrue();

    assertThat(resets.isUsable(link)).isFalse();
    assertThat(reset(link, "yet another passphrase")).isEqualTo(Outcome.INVALID);
    assertThat(PasswordHasher.matches(NEW_PASSWORD, accounts.hashOf(rahima.id()))).isTrue();
  }

  @Test
  void changesNothingWhenTheResetFormIsReplayed() {
    var rahima = accounts.add("rahima", "rahima@example.org", "en", "her old password");
    request("rahima");
    String link = linkToken(outbox.last());
    String formToken = formTokens.issue(PasswordResets.RESET_FORM, link);
    resets.reset(link, formToken, NEW_PASSWORD);
    String afterFirst = accounts.hashOf(rahima.id());

    assertThat(resets.reset(link, formToken, NEW_PASSWORD)).isEqualTo(Outcome.INVALID);
    assertThat(accounts.hashOf(rahima.id())).isEqualTo(afterFirst);
  }

  @Test
  void refusesAFormTokenIssuedForAnotherLink() {
    var rahima = accounts.add("rahima", "rahima@example.org", "en", "her old password");
    request("rahima");
    String link = linkToken(outbox.last());
    String tokenOfAnotherPage = formTokens.issue(PasswordResets.RESET_FORM, "another link");

    assertThat(resets.reset(link, tokenOfAnotherPage, NEW_PASSWORD)).isEqualTo(Outcome.INVALID);
    assertThat(PasswordHasher.matches("her old password", accounts.hashOf(rahima.id()))).isTrue();
  }

  @Test
  void killsEveryEarlierLinkOnceAnyNewPasswordIsSet() {
    var rahima = accounts.add("rahima", "rahima@example.org", "en", "her old password");
    request("rahima");
    String first = linkToken(outbox.last());
    request("rahima");
    String second = linkToken(outbox.last());

    assertThat(reset(second, NEW_PASSWORD)).isEqualTo(Outcome.DONE);

    assertThat(resets.isUsable(first)).isFalse();
    assertThat(reset(first, "yet another passphrase")).isEqualTo(Outcome.INVALID);
    assertThat(PasswordHasher.matches(NEW_PASSWORD, accounts.hashOf(rahima.id()))).isTrue();
  }

  @Test
  void refusesALinkAfterSixtyMinutes() {
    var rahima = accounts.add("rahima", "rahima@example.org", "en", "her old password");
    request("rahima");
    String link = linkToken(outbox.last());

    clock.advance(Duration.ofMinutes(60));

    assertThat(resets.isUsable(link)).isFalse();
    assertThat(reset(link, NEW_PASSWORD)).isEqualTo(Outcome.INVALID);
    assertThat(PasswordHasher.matches("her old password", accounts.hashOf(rahima.id()))).isTrue();
  }

  @Test
  void refusesALinkOfADeactivatedAccount() {
    var rahima = accounts.add("rahima", "rahima@example.org", "en", "her old password");
    request("rahima");
    String link = linkToken(outbox.last());

    accounts.deactivate(rahima.id());

    assertThat(reset(link, NEW_PASSWORD)).isEqualTo(Outcome.INVALID);
  }

  @Test
  void refusesALinkSignedForAnotherPurposeOrForged() {
    var rahima = accounts.add("rahima", "rahima@example.org", "en", "her old password");
    String unsubscribe = links.sign("unsubscribe", rahima.id(), null);

    assertThat(resets.isUsable(unsubscribe)).isFalse();
    assertThat(reset(unsubscribe, NEW_PASSWORD)).isEqualTo(Outcome.INVALID);
    assertThat(reset("forged.token", NEW_PASSWORD)).isEqualTo(Outcome.INVALID);
    assertThat(reset(null, NEW_PASSWORD)).isEqualTo(Outcome.INVALID);
  }

  @Test
  void keepsTheLinkAndTheFormTokenWhenTheNewPasswordIsTooWeak() {
    var rahima = accounts.add("rahima", "rahima@example.org", "en", "her old password");
    request("rahima");
    String link = linkToken(outbox.last());
    String formToken = formTokens.issue(PasswordResets.RESET_FORM, link);

    assertThatThrownBy(() -> resets.reset(link, formToken, "short"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("newPassword"));

    assertThat(resets.reset(link, formToken, NEW_PASSWORD)).isEqualTo(Outcome.DONE);
    assertThat(PasswordHasher.matches(NEW_PASSWORD, accounts.hashOf(rahima.id()))).isTrue();
  }
}
