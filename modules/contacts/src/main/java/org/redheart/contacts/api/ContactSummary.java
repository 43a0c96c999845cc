package org.redheart.contacts.api;

import java.util.List;
import java.util.Set;

/**
 * A contact as lists show it. {@code name} is null for a child recorded without a guardian's consent
 * (show "child, no name recorded"). {@code countryName} is the English name of {@code countryCode}.
 */
public record ContactSummary(
    String id,
    ContactKind kind,
    String name,
    boolean minor,
    String primaryEmail,
    String district,
    String countryCode,
    String countryName,
    List<String> organisations,
    Set<Long> categoryIds,
    Set<String> tags) {}
