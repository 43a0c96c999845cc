package org.redheart.meetings.api;

/**
 * The invitations of a meeting in figures. {@code capacity}: the room capacity the lifecycle recorded
 * (null when unknown: then there is no waiting list); only accepted participants take a place,
 * speakers do not.
 */
public record InvitationCounts(
    Integer capacity,
    int chosen,
    int notSent,
    int invited,
    int acceptedOnSite,
    int acceptedOnline,
    int participantsAccepted,
    int waiting,
    int declined,
    int withdrawn,
    int openSuggestions) {}
