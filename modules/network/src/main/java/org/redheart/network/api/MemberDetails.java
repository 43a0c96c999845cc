package org.redheart.network.api;

import java.util.List;

/** A member with their history (newest first) and the applications that led to the membership. */
public record MemberDetails(MemberSummary member, List<MemberEvent> history, List<String> applicationIds) {}
