package org.redheart.materials.api;

/**
 * A concern as it is raised. {@code summary} says what is wrong in general terms (at most 1,000
 * characters) and must hold no detail of a child: it passes the safeguarding check and is refused
 * when the check finds a phone number, an address, an identified minor, a school name or a disclosure.
 */
public record ConcernInput(ConcernSubject subject, String subjectId, ConcernKind kind, String summary) {}
