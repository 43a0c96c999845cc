package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportDraftTest {

  private static ReportDraft.Data data() {
    return new ReportDraft.Data("Stakeholder meeting with social workers", "Red Heart Campaign", "#SaveFACE4Children",
        LocalDate.of(2026, 12, 20), LocalTime.of(10, 0), LocalTime.of(13, 30), "Asia/Dhaka", "CIRDAP auditorium", null,
        "Salma Ali",
        List.of(new ReportDraft.Speaker("Dr. Ana García", "SPEAKER", "Online grooming", "ONLINE"),
            new ReportDraft.Speaker("রহিম উদ্দিন", "SPEAKER", "শিশু সুরক্ষা আইন", "ONSITE")),
        List.of(new ReportDraft.Count("Social workers", 12), new ReportDraft.Count("NGOs", 5)),
        null, null,
        List.of(new ReportDraft.Group("A", FindingsRules.KNOWN_THEMES.get("A"), List.of("Low awareness in schools"),
                List.of(new ReportDraft.Plan("Train 20 teachers", "Dhaka Ahsania Mission", LocalDate.of(2027, 1, 15)))),
            new ReportDraft.Group("D", "অনলাইন নিরাপত্তা", List.of("অভিভাবকদের সচেতনতার অভাব"), List.of())),
        "Orientation on the campaign — Programme officer", List.of("A district child protection committee in every district"));
  }

  @Test
  void theEnglishDraftHoldsEverySectionFromTheMeetingsData() {
    String text = ReportDraft.write(data(), "en");

    assertThat(text)
        .contains("## Stakeholder meeting with social workers — Report")
        .contains("Date: 20 December 2026")
        .contains("Time: 10:00–13:30 (Asia/Dhaka)")
        .contains("Venue: CIRDAP auditorium")
        .contains("Chair: Salma Ali")
        .contains("- Dr. Ana García: Online grooming (online)")
        .contains("- Social workers: 12")
        .contains("Total: 17 persons")
        .contains("## Group A: Prevention of child sexual abuse, exploitation and trafficking")
        .contains("- Low awareness in schools")
        .contains("- Train 20 teachers — owner: Dhaka Ahsania Mission, due: 2027-01-15")
        .contains("## Group D: অনলাইন নিরাপত্তা")
        .contains("## Orientation on the campaign")
        .contains("Orientation on the campaign — Programme officer")
        .contains("## Conclusions")
        .contains("- A district child protection committee in every district");
  }

  @Test
  void theBanglaDraftHasBanglaLabelsThemesAndDigits() {
    String text = ReportDraft.write(data(), "bn");

    assertThat(text)
        .contains("## Stakeholder meeting with social workers — প্রতিবেদন")
        .contains("স্থান: CIRDAP auditorium")
        .contains("সময়: ১০:০০–১৩:৩০")
        .contains("- রহিম উদ্দিন: শিশু সুরক্ষা আইন (সরাসরি উপস্থিত)")
        .contains("মোট: ১৭ জন")
        .contains("## দল A: শিশু যৌন নির্যাতন, শোষণ ও শিশু পাচার প্রতিরোধ")
        .contains("চ্যালেঞ্জসমূহ:")
        .contains("কর্মপরিকল্পনা:")
        .contains("শেষ তারিখ: ২০২৭-০১-১৫")
        .contains("## উপসংহার")
        .doesNotContain("Report")
        .doesNotContain("Total");
  }

  @Test
  void aPastMeetingShowsItsRecordedTotalAndUnit() {
    ReportDraft.Data d = data();
    ReportDraft.Data past = new ReportDraft.Data(d.title(), d.campaign(), d.hashtag(), d.date(), null, null, d.zone(),
        d.venue(), null, null, List.of(), List.of(), 16L, "ORGANISATIONS", List.of(), null, List.of());

    String text = ReportDraft.write(past, "en");

    assertThat(text).contains("Total: 16 organisations").contains("No speakers were recorded.")
        .contains("No breakout groups were recorded.").doesNotContain("Time:");
  }

  @Test
  void aWrittenReportReadsBackAsHeadingsItemsAndParagraphs() {
    List<ReportDraft.Block> blocks = ReportDraft.blocks("## Title\nFirst line\nসভার সারাংশ\n\n- item one\n## Next\n");

    assertThat(blocks).containsExactly(
        new ReportDraft.Block("HEADING", "Title"),
        new ReportDraft.Block("PARAGRAPH", "First line"),
        new ReportDraft.Block("PARAGRAPH", "সভার সারাংশ"),
        new ReportDraft.Block("ITEM", "item one"),
        new ReportDraft.Block("HEADING", "Next"));
  }

  @Test
  void thePostTakesTheReportsFirstLinesAndTheHashtagWithinTheLimit() {
    String report = ReportDraft.write(data(), "en");

    String post = ReportDraft.post("Stakeholder meeting with social workers", report, "#SaveFACE4Children", 200);

    assertThat(post).startsWith("Stakeholder meeting with social workers\n").endsWith("\n\n#SaveFACE4Children")
        .doesNotContain("##").doesNotContain("[");
    assertThat(post.length()).isLessThanOrEqualTo(200);
  }

  @Test
  void aPostFromALongSingleParagraphIsCutWithAnEllipsis() {
    String post = ReportDraft.post("", "x".repeat(500), "#tag", 100);

    assertThat(post.length()).isLessThanOrEqualTo(100);
    assertThat(post).endsWith("…\n\n#tag");
  }
}
