package org.redheart.platform.api;

/**
 * Password reset by e-mailed link. Asking for a reset always looks the same from outside, whether
 * or not the account exists; an active account with an e-mail address gets a mail (template {@code
 * password-reset}, purpose {@link MailPurpose#ACCOUNT}, in the user's language) with a signed link
 * valid for {@link #VALID_MINUTES} minutes and bound to the current password, so that the link
 * dies once any new password is set. Opening the link changes nothing; only posting the form with
 * its one-time token does, once.
 */
public interface PasswordResets {
  /** The purpose the reset links are signed for. */
  String PURPOSE = "password-reset";

  /** How long a reset link works. */
  int VALID_MINUTES = 60;

  /** The public page a reset link opens (the link adds {@code ?t=<token>}). */
  String PAGE = "/public/reset-password.xhtml";

  /** The one-time-token form names of the two public forms. */
  String REQUEST_FORM = "password-reset-request";

  String RESET_FORM = "password-reset";

  /** How a posted form ended. */
  enum Outcome {
    /** Done (for a request: whatever happened to the account, the same answer). */
    DONE,
    /** The link or the form token was forged, expired or used: nothing changed. */
    INVALID
  }

  /**
   * Asks for a reset link for the account with this user name or e-mail address, consuming the
   * request form's one-time token ({@link #REQUEST_FORM}, bound to {@link #REQUEST_FORM}).
   *
   * @throws InvalidInput when the name or address is blank or too long (field {@code
   *     usernameOrEmail})
   */
  Outcome request(String usernameOrEmail, String formToken);

  /** Whether the link token is one that {@link #reset} would accept now (a GET shows the form). */
  boolean isUsable(String linkToken);

  /**
   * Sets the new password through the link, consuming the reset form's one-time token (bound to the
   * link token). Afterwards the link no longer works.
   *
   * @throws InvalidInput for a password that is too weak (field {@code newPassword}); nothing
   *     changed and the link and form token still work
   */
  Outcome reset(String linkToken, String formToken, String newPassword);
}
