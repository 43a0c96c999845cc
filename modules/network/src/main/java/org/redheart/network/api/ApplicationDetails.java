package org.redheart.network.api;

import java.time.Instant;

/**
 * A membership application as reviewers see it. {@code reviewTaskId} is the open review task of its
 * {@code MembershipProcess}, null once decided. {@code contactId} and {@code memberId} are set on
 * approval; {@code declineReason} on decline. Personal fields are null once anonymised.
 */
public record ApplicationDetails(
    String id,
    MemberKind kind,
    String name,
    String organisationName,
    String email,
    String phone,
    String country,
    String district,
    Long categoryId,
    boolean volunteer,
    String helpText,
    String language,
    boolean bulletinConsent,
    ApplicationState state,
    String declineReason,
    String decidedBy,
    Instant decidedAt,
    String contactId,
    String memberId,
    Instant submittedAt,
    String reviewTaskId) {}
