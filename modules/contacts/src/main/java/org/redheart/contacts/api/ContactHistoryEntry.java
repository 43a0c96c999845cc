package org.redheart.contacts.api;

import java.time.Instant;

/** One line of a contact's history: what happened, when, by whom (a user id), with ids and field names only. */
public record ContactHistoryEntry(Instant at, String actorId, String action, String details) {}
