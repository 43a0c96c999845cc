package org.redheart.platform.api;

/**
 * The mail outbox: a mail is written in the caller's transaction (nothing is sent if it rolls back)
 * and sent later by the dispatcher, with retries. Addresses on the suppression list get nothing;
 * consent per purpose is the sender's to check before enqueueing.
 */
public interface Outbox {

  /**
   * Writes the mail to the outbox in the caller's transaction.
   *
   * @return the outbox id of the mail
   * @throws InvalidInput for a malformed recipient, unknown template or language
   */
  String enqueue(OutgoingMail mail);

  /**
   * Where the given mails stand, by outbox id (unknown ids are left out): for modules that show the
   * status of the mails they sent (an invitee's last mail), without the admin's view of the outbox.
   */
  default java.util.Map<String, MailStatus> statuses(java.util.Collection<String> ids) {
    return java.util.Map.of();
  }
}
