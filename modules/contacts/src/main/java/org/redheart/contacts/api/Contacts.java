package org.redheart.contacts.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * The stakeholder directory: people and organisations, their consent per purpose, duplicates and
 * merges, and a person's data for export and erasure. Every user role may see and edit contacts;
 * merging and exporting a person's data are for admins and supervisors; erasing is for admins
 * only (the platform's {@link org.redheart.platform.api.Erasure} is).
 *
 * <p>Children: a contact marked {@code minor} holds no name, e-mail address or phone number
 * unless the date of a guardian's consent is recorded.
 *
 * <p>Errors: {@link org.redheart.platform.api.InvalidInput} names the field; {@link
 * org.redheart.platform.api.Conflict} for an e-mail address another contact holds or a stale version;
 * {@link org.redheart.platform.api.NotFound} for an unknown id.
 */
public interface Contacts {

  ContactDetails create(ContactInput input, Actor actor);

  /** Replaces the contact's fields; {@code expectedVersion} is the version the user edited. */
  ContactDetails update(String id, ContactInput input, long expectedVersion, Actor actor);

  /** A contact by id; a merged id leads to the contact it was merged into. */
  ContactDetails get(String id, Actor actor);

  Page<ContactSummary> search(ContactQuery query, PageRequest page, Actor actor);

  /**
   * Every contact the query matches, in search order, handed to {@code sink} one by one while they
   * are read in chunks of 1,000 (for streamed CSV and XLSX exports of any size). Called outside a
   * transaction, each chunk is read on its own.
   */
  void export(ContactQuery query, Actor actor, java.util.function.Consumer<ContactSummary> sink);

  /** Summaries by id for other modules' lists (merged ids resolve to their survivor); unknown ids are left out. */
  Map<String, ContactSummary> summaries(Collection<String> ids);

  /** The contact holding this address (normalised before comparing), for modules that receive an address. */
  Optional<ContactSummary> findByEmail(String email);

  /** Other contacts whose names share this one's blocking key: possible duplicates. */
  List<ContactSummary> similar(String id, Actor actor);

  /**
   * Merges {@code mergedId} into {@code survivorId}: addresses, phones, organisations, categories,
   * tags, the newer consent per purpose and the history move to the survivor; the merged contact
   * becomes a tombstone pointing at it; {@link ContactsMerged} is published.
   */
  ContactDetails merge(String survivorId, String mergedId, Actor actor);

  /** Records a consent decision for a purpose (the history keeps every change). */
  ContactDetails recordConsent(String id, ConsentPurpose purpose, boolean granted, LawfulBasis basis, String source, Actor actor);

  /**
   * Withdraws consent for one purpose on the contact's own request (an unsubscribe link): no actor,
   * idempotent. Returns false for an unknown id.
   */
  boolean withdrawConsent(String id, ConsentPurpose purpose, String source);

  /** Whether mail for this purpose may be sent to the contact now. */
  boolean mayContact(String id, ConsentPurpose purpose);

  Page<ContactHistoryEntry> history(String id, PageRequest page, Actor actor);

  /** Everything held about a person, as a JSON document (GDPR access request). */
  String exportPersonalData(String id, Actor actor);

  /**
   * Erases the person everywhere through the platform's erasure; returns what each module
   * anonymised. The contact stays as an anonymous row (kind, country, dates) so that figures stay
   * right; its addresses go on the suppression list. Admins only.
   */
  org.redheart.platform.api.Erasure.Report erase(String id, Actor actor);

  /**
   * A never-expiring signed token for the unsubscribe link of mail sent for a purpose (platform
   * {@link org.redheart.platform.api.Links}, purpose {@value #UNSUBSCRIBE_LINK}, subject
   * {@code <contactId>:<PURPOSE>}); the public page {@code /public/unsubscribe.xhtml?t=…} shows what
   * stops and withdraws that consent only when its button is pressed.
   */
  String unsubscribeToken(String contactId, ConsentPurpose purpose);

  /** The {@link org.redheart.platform.api.Links} purpose of unsubscribe tokens. */
  String UNSUBSCRIBE_LINK = "unsubscribe";

  /** The {@link org.redheart.platform.api.FormTokens} form name of the unsubscribe page (bound to the link token). */
  String UNSUBSCRIBE_FORM = "unsubscribe";

  /**
   * What an unsubscribe link stops: its purpose, for a genuine link of a known contact; empty for
   * a forged, malformed or unknown one. Changes nothing.
   */
  Optional<ConsentPurpose> unsubscribeLink(String linkToken);

  /**
   * Withdraws the link's consent ("unsubscribe link"), consuming the page's one-time form token in
   * the same transaction: false (and nothing changed) for a bad link or a used, forged or expired
   * form token. Withdrawing what is already withdrawn changes nothing and is true.
   */
  boolean unsubscribe(String linkToken, String formToken);

  /**
   * RFC 8058 one-click unsubscribe: withdraws the link's consent with no form token (the mail
   * client's POST carries only the link). Idempotent; false (nothing changed) for a forged,
   * malformed or unknown link. The link never expires.
   */
  boolean unsubscribeOneClick(String linkToken);

  /**
   * Of the given contacts, those mail for the purpose may be sent to now (consent or lawful basis,
   * not a child, not erased), in one query per 1,000 ids: for bulk sends.
   */
  java.util.Set<String> mayContactAll(Collection<String> ids, ConsentPurpose purpose);
}
