package org.redheart.contacts.api;

import java.time.Instant;

/** The current state of consent for one purpose: granted or withdrawn, when, from what source, on what basis. */
public record Consent(
    ConsentPurpose purpose, boolean granted, LawfulBasis lawfulBasis, String source, Instant recordedAt, String recordedBy) {}
