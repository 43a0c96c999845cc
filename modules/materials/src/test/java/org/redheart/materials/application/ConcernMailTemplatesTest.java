package org.redheart.materials.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redheart.platform.application.MailTemplates;
import org.redheart.platform.domain.RenderedMail;

/**
 * The mail that tells the safeguarding leads of a concern, in both languages and for each kind of
 * subject: the kind and the subject's title with a link, nothing else about the concern.
 */
class ConcernMailTemplatesTest {
  static final String LINK = "https://rh.example/concerns/view.xhtml?id=c-1";

  final MailTemplates templates = new MailTemplates();

  @ParameterizedTest(name = "{0} disclosure={1} material={2}")
  @CsvSource({"en,false,true,withdrawn", "en,false,false,about the meeting", "en,true,false,disclosure of abuse",
      "bn,false,true,প্রত্যাহার", "bn,false,false,সভা নিয়ে", "bn,true,false,প্রকাশিত তথ্য"})
  void namesTheKindAndTheSubjectWithALinkOnly(String language, boolean disclosure, boolean material, String words) {
    Map<String, Object> model = new HashMap<>();
    model.put("displayName", "Farida");
    model.put("disclosure", disclosure);
    model.put("aboutMaterial", material);
    model.put("subjectTitle", "Parents meeting in Khulna");
    model.put("link", LINK);

    RenderedMail mail = templates.render(ConcernSteps.RAISED_TEMPLATE, language, model);

    assertThat(mail.subject()).contains("Parents meeting in Khulna").doesNotContain("{{").doesNotContain("null");
    assertThat(mail.text()).contains("Parents meeting in Khulna").contains(LINK).contains(words)
        .doesNotContain("{%").doesNotContain("null");
    assertThat(mail.html()).contains("href=\"" + LINK + "\"");
  }
}
