package org.redheart.materials.api;

import java.time.Instant;
import java.time.LocalDate;

/** A safeguarding concern as the safeguarding lead (and the person who raised it) see it. */
public record ConcernView(
    String id,
    ConcernSubject subject,
    String subjectId,
    String subjectTitle,
    ConcernKind kind,
    ConcernState state,
    String summary,
    String raisedBy,
    Instant raisedAt,
    boolean itemWithdrawn,
    ReferralTarget referralTarget,
    String referralOrganisation,
    String referralReference,
    LocalDate referredOn,
    String referralNote,
    String referredBy,
    String outcome,
    String closedBy,
    Instant closedAt,
    String openTaskId) {}
