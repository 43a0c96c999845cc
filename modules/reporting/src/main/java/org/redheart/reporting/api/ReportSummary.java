package org.redheart.reporting.api;

import java.time.Instant;
import java.time.LocalDate;

/** A results report as lists show it. {@code contentHash} is the archived version's SHA-256 once approved. */
public record ReportSummary(
    String id, String campaignId, LocalDate from, LocalDate to, ReportState state, String jobId, String createdBy,
    Instant createdAt, String approvedBy, Instant approvedAt, String contentHash, int openChecks) {}
