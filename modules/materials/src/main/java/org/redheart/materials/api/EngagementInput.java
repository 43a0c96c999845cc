package org.redheart.materials.api;

import java.time.LocalDate;

/** Figures entered by hand; a null figure is "not recorded". At least one figure is required. */
public record EngagementInput(LocalDate takenOn, Long reactions, Long comments, Long shares, Long reach, Long engagedUsers) {}
