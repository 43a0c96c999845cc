package org.redheart.materials.api;

import java.time.LocalDate;

/**
 * The referral of a concern, in structured fields (no victim details): where to, the organisation
 * (required for a partner), the reference the receiver gave (case or call number), the day, and a
 * note (checked like a concern's summary).
 */
public record ReferralInput(ReferralTarget target, String organisation, String reference, LocalDate referredOn, String note) {}
