package org.redheart.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redheart.materials.api.DiffSegment;
import org.redheart.materials.api.StoredFinding;
import org.redheart.safeguarding.api.Category;
import org.redheart.safeguarding.api.Severity;

/** The text of a version with its findings marked, and the comparison with the approved one. */
class MaterialTextTest {

  private static StoredFinding finding(Category c, Severity s, int start, int end) {
    return new StoredFinding("f" + start, c, s, start, end, "masked", null);
  }

  private static String joined(List<MaterialText.Segment> segments) {
    return segments.stream().map(MaterialText.Segment::text).reduce("", String::concat);
  }

  @Test
  void marksTheWordsAFindingCoversAndKeepsTheRestAsItIs() {
    String text = "Rina, a 12-year-old girl from Mirpur, was hurt.";
    StoredFinding minor = finding(Category.MINOR_IDENTIFIED, Severity.HIGH, 0, 19);
    List<MaterialText.Segment> segments = MaterialText.highlight(text, List.of(minor));

    assertThat(segments).extracting(MaterialText.Segment::text)
        .containsExactly("Rina, a 12-year-old", " girl from Mirpur, was hurt.");
    assertThat(segments.get(0).isMarked()).isTrue();
    assertThat(segments.get(0).getCssClass()).isEqualTo("finding finding-high");
    assertThat(segments.get(0).findingNumber()).isEqualTo(1);
    assertThat(segments.get(1).isMarked()).isFalse();
    assertThat(joined(segments)).isEqualTo(text);
  }

  @Test
  void aTextWithoutFindingsIsOneUnmarkedSegment() {
    assertThat(MaterialText.highlight("Call the child helpline 1098.", List.of()))
        .singleElement().satisfies(s -> assertThat(s.isMarked()).isFalse());
    assertThat(MaterialText.highlight(null, List.of())).isEmpty();
    assertThat(MaterialText.highlight("", List.of(finding(Category.PHONE, Severity.HIGH, 0, 3)))).isEmpty();
  }

  @Test
  void overlappingFindingsShowTheMostSevereWhereTheyOverlap() {
    String text = "Call 01712345678 at Mirpur Road 10 now";
    StoredFinding address = finding(Category.STREET_ADDRESS, Severity.MEDIUM, 20, 34);
    StoredFinding phone = finding(Category.PHONE, Severity.HIGH, 5, 24);
    List<MaterialText.Segment> segments = MaterialText.highlight(text, List.of(address, phone));

    assertThat(segments).extracting(MaterialText.Segment::text)
        .containsExactly("Call ", "01712345678 at Mirp", "ur Road 10", " now");
    assertThat(segments.get(1).finding()).isEqualTo(phone);
    assertThat(segments.get(1).findingNumber()).isEqualTo(2);
    assertThat(segments.get(2).finding()).isEqualTo(address);
    assertThat(segments.get(2).findingNumber()).isEqualTo(1);
    assertThat(joined(segments)).isEqualTo(text);
  }

  @Test
  void photoFindingsAndPositionsOutsideTheTextAreLeftOutOrClipped() {
    String text = "A short text";
    StoredFinding photo = new StoredFinding("p", Category.PHOTO_METADATA, Severity.HIGH, -1, -1, "GPS", "file-1");
    StoredFinding beyond = finding(Category.EMAIL, Severity.MEDIUM, 8, 400);
    StoredFinding afterTheEnd = finding(Category.EMAIL, Severity.MEDIUM, 50, 60);
    List<MaterialText.Segment> segments = MaterialText.highlight(text, List.of(photo, beyond, afterTheEnd));

    assertThat(segments).extracting(MaterialText.Segment::text).containsExactly("A short ", "text");
    assertThat(segments.get(1).finding()).isEqualTo(beyond);
  }

  @Test
  void neverCutsACharacterOutsideTheBasicPlaneInTwo() {
    String text = "a\uD83D\uDE00b";
    List<MaterialText.Segment> segments = MaterialText.highlight(text, List.of(finding(Category.SEXUALISING, Severity.HIGH, 2, 4)));
    assertThat(segments).extracting(MaterialText.Segment::text).containsExactly("a", "\uD83D\uDE00b");
  }

  @Test
  void banglaTextIsCutAtTheSamePositions() {
    String text = "রিনা, ১২ বছরের মেয়ে";
    int start = text.indexOf("১২");
    List<MaterialText.Segment> segments =
        MaterialText.highlight(text, List.of(finding(Category.MINOR_IDENTIFIED, Severity.HIGH, start, start + 8)));
    assertThat(segments).extracting(MaterialText.Segment::text).containsExactly("রিনা, ", "১২ বছরের", " মেয়ে");
  }

  @Test
  void theComparisonJoinsWordsOfOneKindAndSeparatesThemBySpaces() {
    List<DiffSegment> words = List.of(
        new DiffSegment(DiffSegment.Kind.SAME, "Join"),
        new DiffSegment(DiffSegment.Kind.SAME, "us"),
        new DiffSegment(DiffSegment.Kind.DELETED, "on"),
        new DiffSegment(DiffSegment.Kind.DELETED, "Monday"),
        new DiffSegment(DiffSegment.Kind.INSERTED, "on"),
        new DiffSegment(DiffSegment.Kind.INSERTED, "Tuesday"),
        new DiffSegment(DiffSegment.Kind.SAME, "at"),
        new DiffSegment(DiffSegment.Kind.SAME, "ten."));

    assertThat(MaterialText.diff(words)).containsExactly(
        new MaterialText.DiffPart("same", "Join us "),
        new MaterialText.DiffPart("del", "on Monday"),
        new MaterialText.DiffPart("same", " "),
        new MaterialText.DiffPart("ins", "on Tuesday"),
        new MaterialText.DiffPart("same", " at ten."));
    assertThat(MaterialText.changedWords(words)).containsExactly(2, 2);
  }

  @Test
  void wordsThatCarryTheirOwnSpacesAreJoinedAsTheyCome() {
    List<DiffSegment> words = List.of(
        new DiffSegment(DiffSegment.Kind.SAME, "Hello "),
        new DiffSegment(DiffSegment.Kind.INSERTED, "dear "),
        new DiffSegment(DiffSegment.Kind.SAME, "friends,\n"),
        new DiffSegment(DiffSegment.Kind.SAME, "welcome."));

    assertThat(MaterialText.diff(words)).containsExactly(
        new MaterialText.DiffPart("same", "Hello "),
        new MaterialText.DiffPart("ins", "dear "),
        new MaterialText.DiffPart("same", "friends,\nwelcome."));
  }

  @Test
  void aFirstVersionIsAllInsertedAndAPurgedOneHasNoComparison() {
    assertThat(MaterialText.diff(List.of(new DiffSegment(DiffSegment.Kind.INSERTED, "New"),
        new DiffSegment(DiffSegment.Kind.INSERTED, "post")))).containsExactly(new MaterialText.DiffPart("ins", "New post"));
    assertThat(MaterialText.diff(List.of())).isEmpty();
  }
}
