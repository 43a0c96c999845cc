package org.redheart.network.api;

import java.time.Instant;

/**
 * A member as the directory lists it. The name, country, district and category are those of the
 * member's contact when it joined (or was last refreshed); the contact is the source of truth.
 */
public record MemberSummary(
    String id,
    String contactId,
    MemberKind kind,
    MemberState state,
    boolean volunteer,
    String name,
    String countryCode,
    String district,
    Long categoryId,
    String language,
    Instant joinedAt,
    Instant leftAt) {}
