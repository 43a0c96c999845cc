package org.redheart.materials.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redheart.platform.application.MailTemplates;
import org.redheart.platform.domain.RenderedMail;

/**
 * The admins' notice that the Facebook page token was refused renders in both languages (strict
 * variables) with the model the publication service gives: title, Graph code and message, link.
 */
class PublicationMailTemplatesTest {
  final MailTemplates templates = new MailTemplates();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "bn"})
  void tokenInvalidNoticeNamesThePostTheErrorAndTheLink(String language) {
    String link = "https://rh.example/materials/view.xhtml?id=m-1";
    Map<String, Object> model = new HashMap<>();
    model.put("materialTitle", "Meeting in Rajshahi");
    model.put("code", "190");
    model.put("message", "Error validating access token: Session has expired.");
    model.put("link", link);
    model.put("displayName", "Admin One");
    model.put("baseUrl", "https://rh.example");

    RenderedMail mail = templates.render(PostPublications.TOKEN_INVALID_MAIL, language, model);

    assertThat(mail.subject()).contains("Meeting in Rajshahi").doesNotContain("{{");
    assertThat(mail.text()).contains(link).contains("190").contains("Session has expired").contains("Admin One")
        .contains("redheart.facebook.page-token").doesNotContain("{{").doesNotContain("null");
    assertThat(mail.html()).contains(link).doesNotContain("{{");
    if (language.equals("bn")) {
      assertThat(mail.text()).contains("টোকেন");
    }
  }
}
