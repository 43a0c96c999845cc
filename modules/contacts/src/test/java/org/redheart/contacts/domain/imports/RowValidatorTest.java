package org.redheart.contacts.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redheart.contacts.api.ImportField;
import org.redheart.contacts.domain.Names;

class RowValidatorTest {
  static final List<String> HEADERS = List.of("নাম", "E-mail", "Phone", "Country", "District", "Category", "Tags", "Minor",
      "Guardian consent", "Consent bulletin", "Organisation", "Title", "Languages");
  static final RowValidator VALIDATOR = new RowValidator(HEADERS, HeaderMatcher.match(HEADERS),
      Map.of(Names.fold("Social workers"), 4L, Names.fold("সমাজকর্মী"), 4L, "4", 4L));

  private static List<String> row(String... cells) {
    return List.of(cells);
  }

  @Test
  void mapsEnglishAndBanglaHeaders() {
    Map<ImportField, Integer> mapping = HeaderMatcher.match(HEADERS);
    assertThat(mapping).containsEntry(ImportField.NAME, 0).containsEntry(ImportField.EMAIL, 1)
        .containsEntry(ImportField.CONSENT_BULLETIN, 9).hasSize(13);
    assertThat(HeaderMatcher.field("জেলা")).contains(ImportField.DISTRICT);
    assertThat(HeaderMatcher.field("ই-মেইল")).contains(ImportField.EMAIL);
    assertThat(HeaderMatcher.field("EMAIL_ADDRESS")).contains(ImportField.EMAIL);
  }

  @Test
  void readsTheCountryOfAPlaceAsTheDemoCampaignWritesIt() {
    List<String> headers = List.of("meeting_id", "name", "title_role", "organisation", "city_country");
    Map<ImportField, Integer> mapping = HeaderMatcher.match(headers);
    assertThat(mapping).containsEntry(ImportField.NAME, 1).containsEntry(ImportField.TITLE, 2)
        .containsEntry(ImportField.COUNTRY, 4);
    RowValidator validator = new RowValidator(headers, mapping, Map.of());
    assertThat(validator.check(row("LAUNCH", "Ishrat Shamim", "President", "CWCS", "Dhaka, Bangladesh")).row().countryCode())
        .isEqualTo("BD");
    assertThat(validator.check(row("LAUNCH", "A Speaker", "", "", "Alexandria, VA, USA")).row().countryCode())
        .isEqualTo("US");
    assertThat(validator.check(row("LAUNCH", "A Speaker", "", "", "Spain")).row().countryCode()).isEqualTo("ES");
    assertThat(validator.check(row("LAUNCH", "A Speaker", "", "", "Dhaka, Atlantis")).ok()).isFalse();
  }

  @Test
  void normalisesAGoodRow() {
    var result = VALIDATOR.check(row(" রহিমা  খাতুন ", "Rahima@Example.org", "০১৭১১-১২৩৪৫৬", "বাংলাদেশ", "Dhaka", "সমাজকর্মী",
        "Volunteer; guest speaker, volunteer", "no", "", "yes", "Red Heart", "Coordinator", "Bangla, English"));
    assertThat(result.ok()).isTrue();
    StagedRow r = result.row();
    assertThat(r.name()).isEqualTo("রহিমা খাতুন");
    assertThat(r.emailNorm()).isEqualTo("rahima@example.org");
    assertThat(r.phone()).isEqualTo("+8801711123456");
    assertThat(r.countryCode()).isEqualTo("BD");
    assertThat(r.timeZone()).isEqualTo("Asia/Dhaka");
    assertThat(r.categoryId()).isEqualTo(4L);
    assertThat(r.tags()).isEqualTo("volunteer|guest speaker");
    assertThat(r.languages()).isEqualTo("en,bn");
    assertThat(r.consentBulletin()).isTrue();
    assertThat(r.consentInvitations()).isNull();
    assertThat(r.organisationKey()).isEqualTo(Names.fold("Red Heart"));
  }

  @Test
  void namesTheColumnAndReasonOfEachBadCell() {
    var result = VALIDATOR.check(row("", "not-an-address", "12ab", "Atlantis", "", "Astronauts", "", "", "", "maybe", "", "", ""));
    assertThat(result.ok()).isFalse();
    assertThat(result.problems()).extracting(CellProblem::column)
        .contains("নাম", "E-mail", "Phone", "Country", "Category", "Consent bulletin");
    assertThat(result.problems()).anySatisfy(p -> assertThat(p.reason()).isEqualTo("missing name"));
    assertThat(result.problems()).anySatisfy(p -> assertThat(p.reason()).contains("unknown country 'Atlantis'"));
    assertThat(result.problems()).anySatisfy(p -> assertThat(p.reason()).contains("unknown category 'Astronauts'"));
    assertThat(result.problems()).anySatisfy(p -> assertThat(p.reason()).contains("not a valid e-mail address"));
  }

  @Test
  void rejectsAMinorsNameWithoutGuardianConsent() {
    var result = VALIDATOR.check(row("Child", "", "", "", "", "", "", "yes", "", "", "", "", ""));
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.column()).isEqualTo("Minor");
      assertThat(p.reason()).contains("guardian's consent");
    });
    assertThat(VALIDATOR.check(row("Child", "", "", "", "", "", "", "yes", "2026-10-01", "", "", "", "")).ok()).isTrue();
  }

  @Test
  void keepsProblemsInOneColumnAndReadsThemBack() {
    var problems = List.of(new CellProblem("E-mail", "'x' is not a valid e-mail address"), new CellProblem("নাম", "missing name"));
    assertThat(CellProblem.decode(CellProblem.encode(problems))).isEqualTo(problems);
  }
}
