package org.redheart.platform.api;

import java.util.Set;

/**
 * The person being erased: their id (a user id or, once the contacts module holds people, a
 * contact id) and the e-mail addresses and phone numbers known for them before erasure, so that
 * participants can find rows that refer to them by address (outbox mails, suppression entries).
 */
public record ErasedPerson(String personId, Set<String> emails, Set<String> phones) {
  public ErasedPerson {
    emails = Set.copyOf(emails);
    phones = Set.copyOf(phones);
  }
}
