package org.redheart.platform.api;

/**
 * Why a mail may be sent: the consent purpose or lawful basis it relies on. Unsubscribing withdraws
 * consent for one purpose only; the suppression list stops every mail to an address.
 */
public enum MailPurpose {
  /** Account mail the user asked for (password reset): contract / legitimate interest. */
  ACCOUNT,
  /** Invitations and updates about meetings. */
  MEETING_INVITATIONS,
  /** The network's bulletin. */
  BULLETIN,
  /** Network membership (welcome, decline, leaving). */
  MEMBERSHIP,
  /** Operational notices to staff (late steps, no eligible approver). */
  STAFF_NOTICE
}
