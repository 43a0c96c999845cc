package org.redheart.network.api;

/**
 * What the public application form sends. {@code organisationName} is the applicant's organisation
 * when an individual applies (optional), the organisation's name is {@code name} when an
 * organisation applies. {@code phone} may hold Bengali digits. {@code language} is "en" or "bn".
 * {@code website} is the honeypot: a hidden field people never fill; a form that fills it gets the
 * same thank-you and nothing is stored.
 */
public record ApplicationForm(
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
    String website) {}
