package org.redheart.materials.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.redheart.materials.api.BulletinAudience;
import org.redheart.materials.domain.BulletinSendEntry;
import org.redheart.network.api.MemberKind;
import org.redheart.network.api.MemberState;
import org.redheart.network.api.MemberSummary;
import org.redheart.platform.api.MailPurpose;
import org.redheart.platform.api.OutgoingMail;
import org.redheart.platform.application.MailTemplates;
import org.redheart.platform.domain.RenderedMail;

/**
 * A bulletin's mail: the RFC 8058 headers with the absolute one-click address, the unsubscribe page
 * and leave links in the footer, the included materials by title, in the member's language.
 */
class BulletinMailTest {
  private final BulletinSendEntry send = new BulletinSendEntry("bulletin-1", 2, "hash", BulletinAudience.everyone(),
      "user-1", Instant.now());
  private final BulletinDispatch.Mail mail = new BulletinDispatch.Mail(send, "Network news: <March>",
      "Line one & two\nLine three", List.of("Helpline 1098 leaflet", "Safe journeys brief"), "https://rh.example");

  private static MemberSummary member(String language, String name) {
    return new MemberSummary("member-1", "contact-1", MemberKind.INDIVIDUAL, MemberState.ACTIVE, false, name, "BD",
        null, null, language, Instant.now(), null);
  }

  @Test
  void carriesBothListUnsubscribeHeadersWithTheAbsoluteOneClickAddress() {
    OutgoingMail m = mail.to("ana@example.org", member("en", "Ana"), "a+b/c.d=", "https://rh.example/public/leave.xhtml?t=L");

    assertThat(m.headers()).containsEntry("List-Unsubscribe", "<https://rh.example/public/unsubscribe/one-click?t=a%2Bb%2Fc.d%3D>")
        .containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    assertThat(m.purpose()).isEqualTo(MailPurpose.BULLETIN);
    assertThat(m.template()).isEqualTo("bulletin");
    assertThat(m.subjectId()).isEqualTo("contact-1");
    assertThat(m.model()).containsEntry("unsubscribeLink", "https://rh.example/public/unsubscribe.xhtml?t=a%2Bb%2Fc.d%3D");
  }

  @Test
  void goesInTheMembersLanguage() {
    assertThat(mail.to("a@example.org", member("bn", "A"), "t", "l").language()).isEqualTo("bn");
    assertThat(mail.to("a@example.org", member("en", "A"), "t", "l").language()).isEqualTo("en");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "bn"})
  void rendersTitleTextItemsAndFooterLinksInBothLanguages(String language) {
    OutgoingMail m = mail.to("ana@example.org", member(language, "Ana"), "tok", "https://rh.example/public/leave.xhtml?t=L");
    RenderedMail r = new MailTemplates().render(m.template(), m.language(), m.model());

    assertThat(r.subject()).isEqualTo("Network news: <March>");
    assertThat(r.text()).contains("Line one & two").contains("- Helpline 1098 leaflet").contains("- Safe journeys brief")
        .contains("https://rh.example/public/unsubscribe.xhtml?t=tok").contains("https://rh.example/public/leave.xhtml?t=L")
        .doesNotContain("null").doesNotContain("{{");
    assertThat(r.html()).contains("Network news: &lt;March&gt;").contains("Line one &amp; two")
        .contains("<li>Safe journeys brief</li>").contains("href=\"https://rh.example/public/unsubscribe.xhtml?t=tok\"")
        .doesNotContain("<March>");
  }

  @Test
  void leavesOutTheGreetingAndTheListWhenThereIsNoNameAndNothingIncluded() {
    BulletinDispatch.Mail bare = new BulletinDispatch.Mail(send, "News", "Text", List.of(), "https://rh.example");
    RenderedMail r = new MailTemplates().render("bulletin", "en", bare.to("a@example.org", member("en", null), "t", "l").model());
    assertThat(r.text()).doesNotContain("Dear").doesNotContain("In this bulletin");
  }
}
