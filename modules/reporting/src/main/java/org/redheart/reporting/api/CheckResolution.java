package org.redheart.reporting.api;

import java.time.Instant;

/** A data-to-check item and how its author resolved or explained it (null note: still open). */
public record CheckResolution(String key, String kind, String found, String note, String resolvedBy, Instant resolvedAt) {}
