package org.redheart.platform.api;

import java.util.Set;

/**
 * The person being erased: their id (a user id or, once the contacts module holds people, a
 * contact id) and the e-mail addresses and phone numbers known for them before erasure, so that
 * participants can find rows that refer to them by address (outbox mails, suppression entries), and
 * the names they were known by before erasure, read before any participant runs (participants run in
 * no fixed order, so one that looks for the name in copies — an archived report — must not depend on
 * the contacts module not having anonymised it yet).
 */
public record ErasedPerson(String personId, Set<String> emails, Set<String> phones, Set<String> names) {
  public ErasedPerson {
    emails = Set.copyOf(emails);
    phones = Set.copyOf(phones);
    names = names == null ? Set.of() : Set.copyOf(names);
  }

  public ErasedPerson(String personId, Set<String> emails, Set<String> phones) {
    this(personId, emails, phones, Set.of());
  }
}
