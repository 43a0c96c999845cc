package org.redheart.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.domain.ZoneTimes;
import org.redheart.platform.application.MailTemplates;
import org.redheart.platform.domain.RenderedMail;

/**
 * The invitation mails, rendered by the platform's templates (strict variables) in both languages with a
 * full model and with a minimal one: no error, no "null", no template syntax left, the answer link with
 * its "answers count only through the link" note wherever the mail carries it.
 */
class InvitationMailTemplatesTest {

  static final List<String> TEMPLATES = List.of(
      "invitation", "invitation-reminder", "invitation-confirmation", "invitation-waiting",
      "invitation-promoted", "invitation-day-before", "invitation-update", "invitation-cancelled");
  /** Mails that must carry the answer link: without it in the model they cannot be rendered. */
  static final List<String> LINK_REQUIRED = List.of("invitation", "invitation-reminder");

  static final String ANSWER_URL = "https://rh.example/public/invitation.xhtml?t=tok.EN-1&x=2";
  static final String ONLINE_LINK = "https://meet.example/abc-def";
  static final ZonedDateTime START = ZonedDateTime.of(2027, 3, 29, 14, 0, 0, 0, ZoneId.of("Asia/Dhaka"));

  final MailTemplates templates = new MailTemplates();

  static Map<String, Object> full(String language, String kind) {
    Map<String, Object> m = new HashMap<>();
    m.put("name", "Ana García");
    m.put("meetingTitle", "Child protection in Khulna");
    m.put("campaignName", "Safe journeys 2027");
    m.put("when", ZoneTimes.when(START, START.plusHours(3), ZoneId.of("Europe/Madrid"), language));
    m.put("venue", "Hotel Castle Salam, Khulna");
    m.put("online", "true");
    m.put("onlineLink", ONLINE_LINK);
    m.put("topic", "Return and reintegration");
    m.put("lengthMinutes", "45");
    m.put("invitedBy", "Rahima Begum");
    m.put("answerUrl", ANSWER_URL);
    m.put("kind", kind);
    m.put("mode", "ONLINE");
    m.put("waitingPosition", "2");
    m.put("reason", "The venue is closed");
    m.put("meetingCancelled", "true");
    m.put("baseUrl", "https://rh.example");
    return m;
  }

  static Map<String, Object> minimal(String template, String language) {
    Map<String, Object> m = new HashMap<>();
    m.put("meetingTitle", "Child protection in Khulna");
    m.put("when", ZoneTimes.when(START, null, null, language));
    if (!template.equals("invitation-cancelled")) {
      m.put("answerUrl", ANSWER_URL);
    }
    return m;
  }

  static List<Arguments> cases() {
    return TEMPLATES.stream()
        .flatMap(t -> List.of("en", "bn").stream().map(l -> Arguments.of(t, l)))
        .toList();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void renders_with_a_full_model_for_speakers_and_participants(String template, String language) {
    for (String kind : List.of("SPEAKER", "PARTICIPANT")) {
      RenderedMail mail = templates.render(template, language, full(language, kind));
      assertClean(mail, language);
      assertThat(mail.text()).contains("Child protection in Khulna");
      if (!template.equals("invitation-cancelled")) {
        assertLink(mail, language);
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void renders_with_a_minimal_model(String template, String language) {
    RenderedMail mail = templates.render(template, language, minimal(template, language));
    assertClean(mail, language);
    if (!template.equals("invitation-cancelled")) {
      assertLink(mail, language);
    }
    assertThat(mail.text()).doesNotContain(ONLINE_LINK);
  }

  @Test
  void the_invitation_and_the_reminder_cannot_go_out_without_the_answer_link() {
    for (String template : LINK_REQUIRED) {
      Map<String, Object> model = minimal(template, "en");
      model.remove("answerUrl");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> templates.render(template, "en", model))
          .isInstanceOf(org.redheart.platform.api.InvalidInput.class);
    }
  }

  @Test
  void speakers_and_participants_read_different_words() {
    RenderedMail speaker = templates.render("invitation", "en", full("en", "SPEAKER"));
    RenderedMail participant = templates.render("invitation", "en", full("en", "PARTICIPANT"));
    assertThat(speaker.subject()).isEqualTo("Invitation to speak: Child protection in Khulna");
    assertThat(participant.subject()).isEqualTo("Invitation: Child protection in Khulna");
    assertThat(speaker.text()).contains("to speak at").contains("Topic: Return and reintegration")
        .contains("45 minutes").contains("suggest a colleague");
    assertThat(participant.text()).contains("to take part in").doesNotContain("Topic:")
        .doesNotContain("suggest a colleague");
    RenderedMail bnSpeaker = templates.render("invitation", "bn", full("bn", "SPEAKER"));
    assertThat(bnSpeaker.subject()).startsWith("অতিথি বক্তা");
    assertThat(bnSpeaker.text()).contains("৪৫ মিনিট").contains("অতিথি বক্তা হিসেবে");
    RenderedMail bnParticipant = templates.render("invitation", "bn", full("bn", "PARTICIPANT"));
    assertThat(bnParticipant.text()).contains("অংশগ্রহণের").doesNotContain("অতিথি বক্তা");
  }

  @Test
  void the_invitation_shows_both_zones_and_never_the_online_link() {
    Map<String, Object> model = full("en", "SPEAKER");
    model.remove("onlineLink"); // the service sets it only for invitees who accepted
    model.remove("mode");
    RenderedMail en = templates.render("invitation", "en", model);
    assertThat(en.text()).contains("14:00–17:00 Dhaka (10:00–13:00 Madrid)")
        .contains("accept online").contains("Online: possible");
    Map<String, Object> bnModel = full("bn", "PARTICIPANT");
    bnModel.remove("onlineLink");
    RenderedMail bn = templates.render("invitation", "bn", bnModel);
    assertThat(bn.text()).contains("১৪:০০–১৭:০০ ঢাকা (১০:০০–১৩:০০ Madrid)").doesNotContain(ONLINE_LINK);
    assertThat(bn.subject()).isEqualTo("আমন্ত্রণ: Child protection in Khulna");
  }

  @Test
  void confirmation_waiting_and_promotion_say_what_happened() {
    Map<String, Object> onSite = full("en", "PARTICIPANT");
    onSite.put("mode", "ON_SITE");
    assertThat(templates.render("invitation-confirmation", "en", onSite).text()).contains("You will attend on site")
        .contains(ONLINE_LINK).contains("calendar file puts the meeting in your calendar");
    assertThat(templates.render("invitation-confirmation", "en", full("en", "SPEAKER")).text())
        .contains("You will join online");
    assertThat(templates.render("invitation-waiting", "en", full("en", "PARTICIPANT")).text())
        .contains("waiting list (number 2)");
    assertThat(templates.render("invitation-waiting", "bn", full("bn", "PARTICIPANT")).text())
        .contains("অপেক্ষমাণ তালিকায়").contains("(ক্রমিক নম্বর ২)");
    assertThat(templates.render("invitation-promoted", "en", full("en", "PARTICIPANT")).subject())
        .isEqualTo("A place for you: Child protection in Khulna");
  }

  @Test
  void an_update_tells_accepted_and_unanswered_invitees_apart() {
    Map<String, Object> accepted = full("en", "PARTICIPANT");
    assertThat(templates.render("invitation-update", "en", accepted).text())
        .contains("Your acceptance still stands (online)").contains(ONLINE_LINK);
    Map<String, Object> open = full("en", "PARTICIPANT");
    open.remove("mode");
    open.remove("onlineLink");
    assertThat(templates.render("invitation-update", "en", open).text())
        .contains("Please answer through the link below").doesNotContain(ONLINE_LINK);
  }

  @Test
  void a_cancellation_and_a_withdrawal_read_differently() {
    Map<String, Object> cancelled = full("en", "SPEAKER");
    RenderedMail c = templates.render("invitation-cancelled", "en", cancelled);
    assertThat(c.subject()).isEqualTo("Cancelled: Child protection in Khulna");
    assertThat(c.text()).contains("has been cancelled").contains("Reason: The venue is closed");
    Map<String, Object> withdrawn = full("en", "SPEAKER");
    withdrawn.put("meetingCancelled", "false");
    RenderedMail w = templates.render("invitation-cancelled", "en", withdrawn);
    assertThat(w.subject()).isEqualTo("Invitation withdrawn: Child protection in Khulna");
    assertThat(w.text()).contains("your invitation to speak at").contains("has been withdrawn");
    withdrawn.put("meetingCancelled", "false");
    assertThat(templates.render("invitation-cancelled", "bn", withdrawn).subject()).startsWith("আমন্ত্রণ প্রত্যাহার");
  }

  /** Numbers given as numbers (not strings) render too, with Bengali digits in Bangla. */
  @Test
  void numbers_may_come_as_integers() {
    Map<String, Object> model = full("bn", "SPEAKER");
    model.put("lengthMinutes", 30);
    model.put("waitingPosition", 3);
    assertThat(templates.render("invitation", "bn", model).text()).contains("৩০ মিনিট");
    assertThat(templates.render("invitation-waiting", "bn", model).text()).contains("(ক্রমিক নম্বর ৩)");
    assertThat(templates.render("invitation-waiting", "en", full("en", "PARTICIPANT")).text()).contains("(number 2)");
  }

  @Test
  void html_is_escaped() {
    Map<String, Object> model = full("en", "PARTICIPANT");
    model.put("meetingTitle", "<b>Khulna</b> & co");
    RenderedMail mail = templates.render("invitation", "en", model);
    assertThat(mail.html()).contains("&lt;b&gt;Khulna&lt;/b&gt; &amp; co").doesNotContain("<b>Khulna");
    assertThat(mail.html()).contains("href=\"https://rh.example/public/invitation.xhtml?t=tok.EN-1&amp;x=2\"");
  }

  static void assertClean(RenderedMail mail, String language) {
    for (String part : List.of(mail.subject(), mail.text(), mail.html())) {
      assertThat(part).isNotBlank().doesNotContain("null").doesNotContain("{{").doesNotContain("{%")
          .doesNotContain("}}").doesNotContain("%}");
    }
    assertThat(mail.subject()).doesNotContain("\n");
    assertThat(mail.text()).doesNotContain("\n\n\n").doesNotContain("<a ").doesNotContain("<br>");
    assertThat(mail.html()).contains("lang=\"" + language + "\"");
    if (language.equals("bn")) {
      assertThat(mail.text()).contains("প্রিয়").doesNotContain("Hello");
      // digits in the Bangla text are Bengali, apart from the link, the title and the sign-off
      String words = mail.text().replace(ANSWER_URL, "").replace(ONLINE_LINK, "").replace("2027", "");
      assertThat(words).doesNotContainPattern("[0-9]");
    } else {
      assertThat(mail.text()).startsWith("Hello");
    }
  }

  static void assertLink(RenderedMail mail, String language) {
    assertThat(mail.text()).contains(ANSWER_URL);
    assertThat(mail.html()).contains("<a href=\"" + ANSWER_URL.replace("&", "&amp;") + "\">");
    String only = language.equals("bn") ? "উত্তর শুধু এই লিংকের মাধ্যমেই গণ্য হবে" : "Answers count only through this link";
    assertThat(mail.text()).contains(only);
    assertThat(mail.html()).contains(only);
  }
}
