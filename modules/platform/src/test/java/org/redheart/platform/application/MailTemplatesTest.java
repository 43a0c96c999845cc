package org.redheart.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.domain.RenderedMail;

class MailTemplatesTest {
  private final MailTemplates templates = new MailTemplates();
  private final Map<String, Object> reset = Map.of("displayName", "Ana", "link", "https://rh.example/r?t=1", "validMinutes", 30);

  @Test
  void thePasswordResetTemplateExistsInEnglishAndBangla() {
    RenderedMail en = templates.render("password-reset", "en", reset);
    RenderedMail bn = templates.render("password-reset", "bn", reset);
    assertThat(en.text()).contains("Hello Ana").contains("https://rh.example/r?t=1").contains("30 minutes");
    assertThat(bn.text()).contains("প্রিয় Ana").contains("https://rh.example/r?t=1");
    assertThat(bn.html()).contains("lang=\"bn\"");
  }

  @Test
  void htmlIsEscapedButTheTextPartIsNot() {
    RenderedMail m = templates.render("password-reset", "en",
        Map.of("displayName", "<script>x</script>", "link", "https://a/?a=1&b=2", "validMinutes", 5));
    assertThat(m.html()).doesNotContain("<script>").contains("&lt;script&gt;").contains("a=1&amp;b=2");
    assertThat(m.text()).contains("<script>x</script>");
  }

  @Test
  void aSubjectIsOneLineEvenWhenTheModelHasLineBreaks() {
    RenderedMail m = templates.render("test-mail", "en", Map.of("sequence", 1, "count", "2\r\nBcc: x@y.z", "requestedBy", "a"));
    assertThat(m.subject()).doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void anUnknownTemplateOrLanguageOrAMissingModelValueIsInvalidInput() {
    assertThatThrownBy(() -> templates.render("no-such", "en", reset)).isInstanceOfSatisfying(InvalidInput.class,
        e -> assertThat(e.fieldErrors()).containsKey("template"));
    assertThatThrownBy(() -> templates.render("password-reset", "fr", reset)).isInstanceOfSatisfying(InvalidInput.class,
        e -> assertThat(e.fieldErrors()).containsKey("language"));
    assertThatThrownBy(() -> templates.render("../etc/passwd", "en", reset)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> templates.render("password-reset", "en", Map.of("displayName", "Ana")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("model"));
  }
}
