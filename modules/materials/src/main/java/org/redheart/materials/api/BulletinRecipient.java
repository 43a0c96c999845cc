package org.redheart.materials.api;

import java.time.Instant;
import org.redheart.platform.api.MailStatus;

/** One recipient of a send: the member's contact, its state, and the outbox's status of its mail (null if none). */
public record BulletinRecipient(String contactId, String name, RecipientState state, MailStatus mailStatus, Instant at) {}
