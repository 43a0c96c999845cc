package org.redheart.platform.api;

/**
 * One-time tokens for forms on public pages (pages without a session). A token is issued when the
 * form is rendered and stored (hashed) with an expiry; posting the form consumes it atomically in
 * the caller's transaction, so a replayed POST finds it used and changes nothing, and a POST whose
 * transaction rolls back leaves it usable.
 */
public interface FormTokens {

  /**
   * A fresh token for one form.
   *
   * @param form the form's name, e.g. {@code "password-reset"}
   * @param binding what the form acts on (the link token of the page, or a fixed string); the same
   *     value must be given to {@link #consume}
   */
  String issue(String form, String binding);

  /**
   * Marks the token used, in the caller's transaction. True exactly once for a token issued for
   * this form and binding and not yet expired; false for unknown, forged, expired and used tokens.
   */
  boolean consume(String form, String binding, String token);
}
