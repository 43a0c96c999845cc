package org.redheart.platform.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The audit log: who did what to which subject, when, and which version of it (the SHA-256 of the
 * content, when given). Written in the caller's transaction, so an action that rolls back leaves no
 * entry. Personal data is referenced by id only (user ids, contact ids), never copied into the log,
 * so that erasure reaches it. Readable by supervisors and admins.
 *
 * <p>Actions are lower-case dotted names ({@code user.created}, {@code meeting.scheduled}); subjects
 * are {@code kind:id} ({@code user:…}, {@code meeting:…}); details are a few {@code key=value} ids
 * and codes.
 */
public interface Audit {

  /** The actor id of work the system does on its own (start-up, jobs without a person). */
  String SYSTEM = "system";

  /** Records an action in the caller's transaction. */
  void record(String actorId, String action, String subject, Map<String, String> details);

  /**
   * Records an action on a version of a subject: {@code content} is hashed (SHA-256) and only the
   * hash is kept.
   */
  void record(String actorId, String action, String subject, Map<String, String> details, String content);

  /**
   * Entries matching the filter, newest first.
   *
   * @throws Forbidden unless the reader is a supervisor or an admin
   */
  Page<Entry> search(Filter filter, PageRequest page, Actor reader);

  /**
   * Every entry matching the filter, newest first, handed to {@code sink} one by one while they are
   * read in chunks (for a streamed export).
   *
   * @throws Forbidden unless the reader is a supervisor or an admin
   */
  void export(Filter filter, Actor reader, Consumer<Entry> sink);

  /** One audit entry. {@code contentHash} is null when no content was given. */
  record Entry(
      String id, Instant at, String actorId, String action, String subject, String contentHash, String details) {}

  /**
   * What to look for; null or blank fields match everything. {@code action} and {@code subject}
   * match exactly or, ending in {@code *}, by prefix. Dates are UTC days, both inclusive.
   */
  record Filter(String actorId, String action, String subject, LocalDate from, LocalDate to) {
    public static Filter all() {
      return new Filter(null, null, null, null, null);
    }
  }
}
