package org.redheart.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.api.InvitationStatus;

/** The answer page's language, sentences and digits, and the calendar file's name. */
class InvitationAnswerViewTest {

  @Test
  void speaksTheInviteesLanguageUnlessTheSwitchChoseTheOther() {
    assertThat(InvitationAnswerView.locale(null, "bn", Locale.ENGLISH)).isEqualTo(Language.BANGLA);
    assertThat(InvitationAnswerView.locale(null, "en", Language.BANGLA)).isEqualTo(Locale.ENGLISH);
    assertThat(InvitationAnswerView.locale("en", "bn", Language.BANGLA)).isEqualTo(Locale.ENGLISH);
    assertThat(InvitationAnswerView.locale("bn", "en", Locale.ENGLISH)).isEqualTo(Language.BANGLA);
    assertThat(InvitationAnswerView.locale(null, null, Language.BANGLA)).as("a link naming nobody: the reader's").isEqualTo(Language.BANGLA);
    assertThat(InvitationAnswerView.locale(null, "fr", Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void everyAnswerHasItsSentenceInBothLanguages() throws IOException {
    Properties en = BundlesTest.load("messages.properties");
    Properties bn = BundlesTest.load("messages_bn.properties");
    String[][] cases = {
        {InvitationStatus.INVITED, null, "pub.inv.status.INVITED"},
        {InvitationStatus.ACCEPTED, InvitationStatus.ON_SITE, "pub.inv.status.ACCEPTED_ON_SITE"},
        {InvitationStatus.ACCEPTED, InvitationStatus.ONLINE, "pub.inv.status.ACCEPTED_ONLINE"},
        {InvitationStatus.WAITING, null, "pub.inv.status.WAITING"},
        {InvitationStatus.DECLINED, null, "pub.inv.status.DECLINED"},
        {InvitationStatus.DELEGATED, null, "pub.inv.status.DELEGATED"},
        {null, null, "pub.inv.status.INVITED"}};
    for (String[] c : cases) {
      String key = InvitationAnswerView.statusKey(c[0], c[1]);
      assertThat(key).as("%s %s", c[0], c[1]).isEqualTo(c[2]);
      assertThat(en).containsKey(key);
      assertThat(bn).containsKey(key);
    }
    assertThat(en.getProperty("pub.inv.status.WAITING")).contains("{0}");
    assertThat(bn.getProperty("pub.inv.status.WAITING")).contains("{0}");
    for (String state : new String[] {"ENDED", "CANCELLED", "WITHDRAWN"}) {
      assertThat(en).containsKeys("pub.inv.closed." + state, "pub.inv.closedText." + state);
    }
    for (String field : InvitationAnswerView.FIELDS) {
      if (!"answer".equals(field)) {
        assertThat(en).containsKeys("pub.inv.field." + field, "pub.inv.error." + field);
      }
    }
  }

  @Test
  void writesBengaliDigitsOnABanglaPage() {
    assertThat(InvitationAnswerView.digits("12", "bn")).isEqualTo("১২");
    assertThat(InvitationAnswerView.digits("30", "en")).isEqualTo("30");
  }

  @Test
  void theCalendarFileHasASafeAsciiNameEndingInIcs() {
    assertThat(InvitationCalendarServlet.fileName("Stakeholder meeting 2026-12-01.ics")).isEqualTo("Stakeholder-meeting-2026-12-01.ics");
    assertThat(InvitationCalendarServlet.fileName("অংশীজন সভা.ics")).isEqualTo("invitation.ics");
    assertThat(InvitationCalendarServlet.fileName(null)).isEqualTo("invitation.ics");
    assertThat(InvitationCalendarServlet.fileName("a\"b\r\n.ics")).isEqualTo("a-b.ics");
    assertThat(InvitationCalendarServlet.fileName("x".repeat(200))).hasSize(84);
  }

  @Test
  void theLanguageSwitchCanReturnToAPageWithTheChosenLanguage() {
    assertThat(Pages.safeNext("/public/invitation.xhtml?t=abc&lang=" + LanguageServlet.CHOSEN).replace(LanguageServlet.CHOSEN, "bn"))
        .isEqualTo("/public/invitation.xhtml?t=abc&lang=bn");
  }
}
