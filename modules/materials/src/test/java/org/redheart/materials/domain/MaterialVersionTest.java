package org.redheart.materials.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redheart.materials.api.Attestation;
import org.redheart.materials.api.ReviewStage;
import org.redheart.materials.api.VersionState;
import org.redheart.platform.api.Conflict;

class MaterialVersionTest {
  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

  @Test
  void aDraftIsEditedAndSubmittedToClearanceWhenAFindingIsHigh() {
    MaterialVersion v = new MaterialVersion("m", 1, "draft", NOW);
    v.replaceText("final text");
    v.submit(true, NOW);

    assertThat(v.state()).isEqualTo(VersionState.IN_REVIEW);
    assertThat(v.reviewStage()).isEqualTo(ReviewStage.CLEARANCE);
    assertThatThrownBy(() -> v.replaceText("sneaky change")).isInstanceOf(Conflict.class).hasMessageContaining("not a draft");
    assertThatThrownBy(v::approve).isInstanceOf(Conflict.class).hasMessageContaining("clearance");

    v.clear("names removed from the photo caption", "lead", NOW);
    assertThat(v.cleared()).isTrue();
    assertThat(v.reviewStage()).isEqualTo(ReviewStage.APPROVAL);
    v.approve();
    assertThat(v.state()).isEqualTo(VersionState.APPROVED);
  }

  @Test
  void withoutHighFindingsItGoesStraightToApproval() {
    MaterialVersion v = new MaterialVersion("m", 1, "text", NOW);
    v.submit(false, NOW);
    assertThat(v.reviewStage()).isEqualTo(ReviewStage.APPROVAL);
    assertThatThrownBy(() -> v.clear("note", "lead", NOW)).isInstanceOf(Conflict.class);
  }

  @Test
  void purgeKeepsHashAndDecision() {
    MaterialVersion v = new MaterialVersion("m", 1, "a text naming a child", NOW);
    String hash = ContentHash.of("a text naming a child", List.of());
    assertThat(v.contentHash()).isEqualTo(hash);
    v.submit(false, NOW);
    assertThatThrownBy(() -> v.purge(NOW)).isInstanceOf(Conflict.class).hasMessageContaining("rejected or withdrawn");
    v.changesRequested();
    DecisionEntry decision = new DecisionEntry("m", 1, org.redheart.materials.api.Decision.Kind.CHANGES_REQUESTED,
        "sup", "remove the name", v.contentHash(), NOW);

    v.purge(NOW);

    assertThat(v.text()).isNull();
    assertThat(v.purged()).isTrue();
    assertThat(v.contentHash()).isEqualTo(hash);
    assertThat(decision.toView().contentHash()).isEqualTo(hash);
    assertThatThrownBy(() -> v.purge(NOW)).isInstanceOf(Conflict.class).hasMessageContaining("already");
  }

  @Test
  void anApprovedVersionIsNotPurged() {
    MaterialVersion v = new MaterialVersion("m", 1, "text", NOW);
    v.submit(false, NOW);
    v.approve();
    assertThatThrownBy(() -> v.purge(NOW)).isInstanceOf(Conflict.class);
    v.withdraw();
    v.purge(NOW);
    assertThat(v.text()).isNull();
  }

  @Test
  void aCopiedFileKeepsItsAttestationAndOnlyTheNamesOfItsMetadataTags() {
    VersionFileEntry photo = new VersionFileEntry("v1", "f1", 1, "rally.jpg", "image/jpeg", 100, "abc", true,
        "GPSLatitude,GPSLongitude,Make");
    photo.attest(Attestation.GUARDIAN_CONSENT_ON_FILE, "CF-7", "org", NOW);

    VersionFileEntry copy = photo.copyTo("v2");

    assertThat(copy.versionId()).isEqualTo("v2");
    assertThat(copy.toView().attestation()).isEqualTo(Attestation.GUARDIAN_CONSENT_ON_FILE);
    assertThat(copy.toView().consentReference()).isEqualTo("CF-7");
    assertThat(copy.metadataTags()).containsOnlyKeys("GPSLatitude", "GPSLongitude", "Make")
        .containsValue("present");
    assertThat(copy.toView().needsAttestation()).isFalse();
  }
}
