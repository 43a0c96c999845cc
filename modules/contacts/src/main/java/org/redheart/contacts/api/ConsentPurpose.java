package org.redheart.contacts.api;

import org.redheart.platform.api.MailPurpose;

/**
 * What a contact may have consented to. Unsubscribing from a kind of mail withdraws the consent for
 * that purpose only; the platform's suppression list is for hard bounces, complaints and erasure.
 */
public enum ConsentPurpose {
  MEETING_INVITATIONS,
  BULLETIN,
  PHOTOS_RECORDINGS;

  /** The consent a kind of mail needs, if it needs one. */
  public static java.util.Optional<ConsentPurpose> of(MailPurpose mail) {
    return switch (mail) {
      case MEETING_INVITATIONS -> java.util.Optional.of(MEETING_INVITATIONS);
      case BULLETIN -> java.util.Optional.of(BULLETIN);
      default -> java.util.Optional.empty();
    };
  }
}
