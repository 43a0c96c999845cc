package org.redheart.materials.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redheart.materials.api.DiffSegment;
import org.redheart.materials.api.DiffSegment.Kind;

class ContentHashAndDiffTest {

  @Test
  void theHashCoversTheTextAndTheFilesInAnyOrder() {
    String a = ContentHash.of("text", List.of(new ContentHash.FilePart("f1", "h1"), new ContentHash.FilePart("f2", "h2")));
    String b = ContentHash.of("text", List.of(new ContentHash.FilePart("f2", "h2"), new ContentHash.FilePart("f1", "h1")));
    assertThat(a).isEqualTo(b).hasSize(64);
    assertThat(ContentHash.of("text", List.of())).isNotEqualTo(a);
    assertThat(ContentHash.of("text.", List.of())).isNotEqualTo(ContentHash.of("text", List.of()));
    assertThat(ContentHash.of("text", List.of(new ContentHash.FilePart("f1", "other")))).isNotEqualTo(
        ContentHash.of("text", List.of(new ContentHash.FilePart("f1", "h1"))));
  }

  @Test
  void theHashIsTheSha256OfTheCanonicalContentAsTheAuditLogHashesIt() {
    String canonical = ContentHash.canonical("hello", List.of());
    assertThat(canonical).isEqualTo("hello");
    assertThat(ContentHash.of("hello", List.of()))
        .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
  }

  @Test
  void marksTheWordsThatChanged() {
    List<DiffSegment> diff = WordDiff.between(
        "Join us on Friday at the campus", "Join us on Saturday at the campus gate");

    assertThat(diff).containsExactly(
        new DiffSegment(Kind.SAME, "Join us on "),
        new DiffSegment(Kind.DELETED, "Friday"),
        new DiffSegment(Kind.INSERTED, "Saturday"),
        new DiffSegment(Kind.SAME, " at the campus"),
        new DiffSegment(Kind.INSERTED, " gate"));
  }

  @Test
  void comparesBanglaWordByWord() {
    List<DiffSegment> diff = WordDiff.between("শিশু সুরক্ষা সপ্তাহ", "শিশু অধিকার সপ্তাহ");
    assertThat(diff).extracting(DiffSegment::kind).containsExactly(Kind.SAME, Kind.DELETED, Kind.INSERTED, Kind.SAME);
    assertThat(diff.get(1).text()).isEqualTo("সুরক্ষা");
  }

  @Test
  void identicalTextsAreAllSame() {
    assertThat(WordDiff.between("a b", "a b")).containsExactly(new DiffSegment(Kind.SAME, "a b"));
    assertThat(WordDiff.between("", "")).isEmpty();
  }
}
