package org.redheart.materials.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.redheart.materials.api.Attestation;
import org.redheart.materials.domain.MeetingPhotoEntry;
import org.redheart.materials.domain.PostRequest;
import org.redheart.materials.domain.VersionFileEntry;
import org.redheart.platform.api.InvalidInput;

class DefaultSocialPostsTest {

  @Test
  void refusesAnEmptyPostOrOneLongerThanTheEditorsLimitNamingTheText() {
    assertThatThrownBy(() -> DefaultSocialPosts.checkedText("   ")).isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsOnlyKeys("text"));
    assertThatThrownBy(() -> DefaultSocialPosts.checkedText("x".repeat(DefaultSocialPosts.MAX_CHARS + 1)))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("2001");
    assertThat(DefaultSocialPosts.checkedText("  " + "x".repeat(DefaultSocialPosts.MAX_CHARS) + "\n"))
        .hasSize(DefaultSocialPosts.MAX_CHARS);
  }

  @Test
  void countsBanglaByCharactersNotBytes() {
    String bangla = "সভায় ১৭ জন অংশগ্রহণকারী উপস্থিত ছিলেন। ".repeat(40);
    assertThat(bangla.codePointCount(0, bangla.length())).isLessThanOrEqualTo(DefaultSocialPosts.MAX_CHARS);
    assertThat(DefaultSocialPosts.checkedText(bangla)).isEqualTo(bangla.strip());
  }

  @Test
  void tellsTheLanguageOfThePostByItsLetters() {
    assertThat(DefaultSocialPosts.languageOf("Our meeting in Dhaka #SaveFACE4Children")).isEqualTo("en");
    assertThat(DefaultSocialPosts.languageOf("ঢাকায় আমাদের সভা ১৭")).isEqualTo("bn");
    assertThat(DefaultSocialPosts.languageOf("ঢাকায় আমাদের সভা #SaveFACE4Children")).isEqualTo("en+bn");
  }

  @Test
  void namesThePostAfterItsMeetingWithinTheTitleLimit() {
    assertThat(DefaultSocialPosts.title("Stakeholder meeting, Gazipur")).isEqualTo("Post: Stakeholder meeting, Gazipur");
    assertThat(DefaultSocialPosts.title("m".repeat(300))).hasSize(200);
  }

  @Test
  void aGuardiansConsentNeedsItsReferenceAndOtherAttestationsKeepNone() {
    assertThat(MeetingPhotoEntry.consentProblem(Attestation.GUARDIAN_CONSENT_ON_FILE, " ")).contains("required");
    assertThat(MeetingPhotoEntry.consentProblem(Attestation.GUARDIAN_CONSENT_ON_FILE, "r".repeat(201))).contains("200");
    assertThat(MeetingPhotoEntry.consentProblem(Attestation.GUARDIAN_CONSENT_ON_FILE, "Form 17")).isNull();
    assertThat(MeetingPhotoEntry.consentProblem(Attestation.NO_IDENTIFIABLE_CHILD, null)).isNull();

    MeetingPhotoEntry photo = new MeetingPhotoEntry("meeting-1", "file-1", "group.jpg", "image/jpeg", 1234, "abc",
        "GPSLatitude,Make", "organiser-1", Instant.parse("2026-05-01T10:00:00Z"));
    photo.attest(Attestation.NO_IDENTIFIABLE_CHILD, "ignored", "organiser-1", Instant.parse("2026-05-01T11:00:00Z"));
    assertThat(photo.toView().consentReference()).isNull();
    photo.attest(Attestation.GUARDIAN_CONSENT_ON_FILE, "  Form 17 ", "organiser-1", Instant.parse("2026-05-01T12:00:00Z"));
    assertThat(photo.toView().consentReference()).isEqualTo("Form 17");
  }

  @Test
  void aChosenPhotoBecomesAFileOfThePostWithItsAttestationAndMetadataTagNames() {
    MeetingPhotoEntry photo = new MeetingPhotoEntry("meeting-1", "file-1", "group.jpg", "image/jpeg", 1234, "abc",
        "GPSLatitude,Make", "organiser-1", Instant.parse("2026-05-01T10:00:00Z"));
    photo.attest(Attestation.GUARDIAN_CONSENT_ON_FILE, "Form 17", "supervisor-1", Instant.parse("2026-05-01T11:00:00Z"));

    VersionFileEntry file = photo.toVersionFile("version-1", 3);

    assertThat(file.position()).isEqualTo(3);
    assertThat(file.toView().needsAttestation()).isFalse();
    assertThat(file.toView().consentReference()).isEqualTo("Form 17");
    assertThat(file.toView().attestedBy()).isEqualTo("supervisor-1");
    assertThat(file.metadataTags()).containsOnlyKeys("GPSLatitude", "Make");
    VersionFileEntry unattested = new MeetingPhotoEntry("meeting-1", "file-2", "b.jpg", "image/jpeg", 10, "def", null,
        "organiser-1", Instant.parse("2026-05-01T10:00:00Z")).toVersionFile("version-1", 4);
    assertThat(unattested.toView().needsAttestation()).isTrue();
  }

  @Test
  void aRequestIsAnsweredOnceKeepingTheTextOfTheOldDraftStep() {
    PostRequest request = new PostRequest("meeting-1", "organiser-1", "Text from the old step", Instant.EPOCH);
    assertThat(request.draftText()).isEqualTo("Text from the old step");
    assertThat(new PostRequest("meeting-2", "organiser-1", "  ", Instant.EPOCH).draftText()).isNull();

    request.postMade("material-1");
    request.postMade("material-2");
    assertThat(request.materialId()).isEqualTo("material-1");
    assertThat(request.published("material-1", "https://www.facebook.com/p/1", Instant.EPOCH)).isTrue();
    assertThat(request.published("material-1", "https://www.facebook.com/p/1", Instant.EPOCH)).isFalse();
  }
}
