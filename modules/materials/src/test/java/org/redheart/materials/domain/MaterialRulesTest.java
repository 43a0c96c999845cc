package org.redheart.materials.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redheart.materials.api.Attestation;
import org.redheart.materials.api.MaterialInput;
import org.redheart.materials.api.MaterialKind;
import org.redheart.platform.api.InvalidInput;

class MaterialRulesTest {

  private static MaterialInput input(String title, String language) {
    return new MaterialInput(null, "SOCIAL_POST", title, language, List.of());
  }

  private static InvalidInput invalid(Runnable r) {
    try {
      r.run();
    } catch (InvalidInput e) {
      return e;
    }
    throw new AssertionError("expected InvalidInput");
  }

  @Test
  void acceptsATitleOfOneToThreeHundredCharactersInEnglishBanglaOrBoth() {
    MaterialRules.check(input("P", "en"));
    MaterialRules.check(input("x".repeat(300), "bn"));
    MaterialRules.check(input("শিশু সুরক্ষা সপ্তাহ", "en+bn"));
  }

  @Test
  void refusesAnEmptyOrTooLongTitleNamingTheField() {
    assertThat(invalid(() -> MaterialRules.check(input("  ", "en"))).fieldErrors()).containsKey("title");
    assertThat(invalid(() -> MaterialRules.check(input("x".repeat(301), "en"))).fieldErrors().get("title"))
        .contains("300");
  }

  @Test
  void refusesALanguageOtherThanEnBnOrBoth() {
    assertThat(invalid(() -> MaterialRules.check(input("Post", "fr"))).fieldErrors()).containsKey("language");
    assertThat(invalid(() -> MaterialRules.check(input("Post", null))).fieldErrors()).containsKey("language");
    assertThat(MaterialRules.language(" EN+BN ")).isEqualTo("en+bn");
  }

  @Test
  void reportsEveryWrongFieldAtOnce() {
    InvalidInput e = invalid(() -> MaterialRules.check(new MaterialInput(null, " ", "", "de", List.of(""))));
    assertThat(e.fieldErrors()).containsKeys("title", "kindCode", "language", "meetingIds");
  }

  @Test
  void limitsTheTextToFiftyThousandCharacters() {
    assertThat(MaterialRules.text("x".repeat(50_000))).hasSize(50_000);
    assertThat(MaterialRules.text(null)).isEmpty();
    assertThat(invalid(() -> MaterialRules.text("x".repeat(50_001))).fieldErrors().get("text")).contains("50000");
  }

  @Test
  void acceptsOnlyHttpAndHttpsPermalinks() {
    assertThat(MaterialRules.permalink(" https://facebook.com/redheart/posts/1 "))
        .isEqualTo("https://facebook.com/redheart/posts/1");
    assertThat(MaterialRules.permalink("http://example.org/p")).isEqualTo("http://example.org/p");
    for (String bad : List.of("", "javascript:alert(1)", "ftp://example.org/x", "/relative/path", "https://", "ht tp://x")) {
      assertThat(invalid(() -> MaterialRules.permalink(bad)).fieldErrors()).containsKey("permalink");
    }
  }

  @Test
  void requiresAConsentReferenceOnlyForGuardianConsent() {
    assertThat(MaterialRules.consentReference(Attestation.NO_IDENTIFIABLE_CHILD, "ignored")).isNull();
    assertThat(MaterialRules.consentReference(Attestation.GUARDIAN_CONSENT_ON_FILE, " CF-2026-14 ")).isEqualTo("CF-2026-14");
    assertThat(invalid(() -> MaterialRules.consentReference(Attestation.GUARDIAN_CONSENT_ON_FILE, " ")).fieldErrors())
        .containsKey("consentReference");
    assertThat(invalid(() -> MaterialRules.consentReference(null, null)).fieldErrors()).containsKey("attestation");
  }

  @Test
  void requiresACommentWhenChangesAreRequested() {
    assertThat(invalid(() -> MaterialRules.required("comment", "   ")).fieldErrors()).containsKey("comment");
    assertThat(MaterialRules.required("note", " ok ")).isEqualTo("ok");
    assertThat(MaterialRules.optional("comment", " ", 10)).isNull();
  }

  @Test
  void checksAKindsCodeAndBothNames() {
    assertThat(MaterialRules.kind(new MaterialKind(" POSTER ", " Poster ", "পোস্টার", true)))
        .isEqualTo(new MaterialKind("POSTER", "Poster", "পোস্টার", true));
    InvalidInput e = invalid(() -> MaterialRules.kind(new MaterialKind("poster-1", "", "", true)));
    assertThat(e.fieldErrors()).containsKeys("code", "nameEn", "nameBn");
  }

  @Test
  void dropsBlankSensitiveNamesAndRefusesTooMany() {
    assertThat(MaterialRules.sensitiveNames(List.of(" Mitu ", "", "Mitu"))).containsExactly("Mitu");
    assertThat(MaterialRules.sensitiveNames(null)).isEmpty();
    List<String> many = java.util.stream.IntStream.range(0, 201).mapToObj(i -> "n" + i).toList();
    assertThat(invalid(() -> MaterialRules.sensitiveNames(many)).fieldErrors()).containsKey("sensitiveNames");
  }
}
