package org.redheart.app.web;

import org.redheart.materials.api.Attestation;
import org.redheart.materials.api.Materials;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/**
 * A photo's attestation as the edit and review pages post it ({@code fileId}, {@code attestation},
 * {@code consentReference}): "no identifiable child", or "guardian consent on file" with its reference.
 */
final class MaterialAttestations {
  private MaterialAttestations() {}

  /** Records the posted attestation; returns the error to show next to the photo, or null when recorded. */
  static String attest(Materials materials, String materialId, String fileId, Actor actor) {
    String chosen = MaterialForms.blankToNull(MaterialForms.param("attestation"));
    String reference = MaterialForms.blankToNull(MaterialForms.param("consentReference"));
    Attestation attestation = parse(chosen);
    if (attestation == null) {
      return Pages.text("materials.error.chooseAttestation");
    }
    if (attestation == Attestation.GUARDIAN_CONSENT_ON_FILE && reference == null) {
      return Pages.text("materials.error.consentReference");
    }
    try {
      materials.attest(materialId, fileId, attestation,
          attestation == Attestation.GUARDIAN_CONSENT_ON_FILE ? reference : null, actor);
      return null;
    } catch (InvalidInput e) {
      return String.join(" ", e.fieldErrors().values());
    } catch (NotFound | Conflict | Forbidden e) {
      return e.getMessage();
    }
  }

  static Attestation parse(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Attestation.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
