package org.redheart.reporting.api;

/**
 * A record a report figure was computed from: its kind ("meeting", "speaker-slot", "post", "member",
 * "print-run", …), id, a label to show, and the value it contributed (null when it only counts).
 */
public record SourceRecord(String kind, String id, String label, Long value) {}
