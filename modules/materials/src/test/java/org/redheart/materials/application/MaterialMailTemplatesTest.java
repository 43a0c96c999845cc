package org.redheart.materials.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redheart.platform.application.MailTemplates;
import org.redheart.platform.domain.RenderedMail;

/**
 * The approval's staff notices render in both languages (strict variables) with the model the
 * services give: the title and the link, nothing left of the template syntax, no "null".
 */
class MaterialMailTemplatesTest {
  static final String LINK = "https://rh.example/materials/view.xhtml?id=m-1";

  final MailTemplates templates = new MailTemplates();

  static List<Arguments> cases() {
    return List.of(MaterialMails.NEEDS_CLEARANCE, MaterialMails.NO_APPROVER, MaterialMails.APPROVED,
            MaterialMails.CHANGES_REQUESTED).stream()
        .flatMap(t -> List.of("en", "bn").stream().map(l -> Arguments.of(t, l)))
        .toList();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void rendersWithTheTitleAndTheLink(String template, String language) {
    Map<String, Object> model = new HashMap<>();
    model.put("materialTitle", "Prevention week post");
    model.put("versionNumber", 2);
    model.put("comment", "Please remove the school's name");
    model.put("link", LINK);
    model.put("displayName", "Rahima Begum");
    model.put("baseUrl", "https://rh.example");

    RenderedMail mail = templates.render(template, language, model);

    assertThat(mail.subject()).contains("Prevention week post").doesNotContain("{{").doesNotContain("null");
    assertThat(mail.text()).contains(LINK).contains("Rahima Begum").doesNotContain("{{").doesNotContain("{%")
        .doesNotContain("null");
    assertThat(mail.html()).contains(LINK).doesNotContain("{{");
    if (template.equals(MaterialMails.CHANGES_REQUESTED)) {
      assertThat(mail.text()).contains("Please remove the school's name");
    }
    if (language.equals("bn")) {
      assertThat(mail.text()).contains("সংস্করণ");
    }
  }
}
