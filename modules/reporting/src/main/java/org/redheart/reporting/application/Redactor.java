package org.redheart.reporting.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.redheart.reporting.api.SourceRecord;
import org.redheart.reporting.domain.ReportContent;

/**
 * Replaces an erased person's names in a report's content by {@value #ERASED}: speakers (name, and in
 * the meetings table), action plan owners, and the labels of the records behind figures. Counts the
 * replacements so that the redaction records how many were made (never what).
 */
final class Redactor {
  static final String ERASED = "[erased]";

  record Result(ReportContent content, int replacements) {}

  private Redactor() {}

  static Result redact(ReportContent c, Set<String> names) {
    int[] count = {0};
    Set<String> wanted = names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip)
        .collect(java.util.stream.Collectors.toSet());
    if (wanted.isEmpty()) {
      return new Result(c, 0);
    }
    java.util.function.UnaryOperator<String> swap = s -> {
      if (s != null && wanted.contains(s.strip())) {
        count[0]++;
        return ERASED;
      }
      return s;
    };
    List<ReportContent.MeetingRow> meetings = c.meetings() == null ? null : c.meetings().stream()
        .map(m -> new ReportContent.MeetingRow(m.meetingId(), m.date(), m.title(), m.kind(), m.audience(), m.venue(),
            m.mode(), m.attendance(), m.unit(),
            m.speakerNames() == null ? null : m.speakerNames().stream().map(swap).toList()))
        .toList();
    List<ReportContent.MeetingSection> sections = c.sections() == null ? null : c.sections().stream()
        .map(s -> new ReportContent.MeetingSection(s.meetingId(), s.title(), s.date(), s.source(),
            s.speakers() == null ? null : s.speakers().stream().map(p -> new ReportContent.Speaker(swap.apply(p.name()),
                p.role(), p.organisation(), p.country(), p.topic(), p.joining(), p.chairOrHost())).toList(),
            s.groups(), s.reportParagraphs()))
        .toList();
    List<ReportContent.ActionPlanRow> plans = c.actionPlans() == null ? null : c.actionPlans().stream()
        .map(a -> new ReportContent.ActionPlanRow(a.id(), a.meetingId(), a.action(), swap.apply(a.owner()), a.status(),
            a.dueOn()))
        .toList();
    ReportContent.Headline h = c.headline();
    ReportContent.Headline headline = h == null ? null : new ReportContent.Headline(h.meetingsByKind(),
        h.attendancePersons(), h.attendanceOrganisations(), figure(h.speakingSlots(), swap),
        figure(h.distinctSpeakers(), swap), figures(h.slotsByJoining(), swap), figures(h.speakersByCountry(), swap),
        h.membersAtEnd(), h.membersJoined(), h.posts(), h.postTotals(), h.materialsProduced(), h.copiesPrinted(),
        h.copiesDistributed());
    ReportContent out = new ReportContent(c.campaignId(), c.campaignName(), c.hashtag(), c.from(), c.to(), headline,
        meetings, sections, c.findingsByTheme(), plans, c.social(), c.network(), c.materials(), c.recommendations(),
        c.dataToCheck());
    return new Result(out, count[0]);
  }

  private static java.util.Map<String, ReportContent.Figure> figures(java.util.Map<String, ReportContent.Figure> m,
      java.util.function.UnaryOperator<String> swap) {
    if (m == null) {
      return null;
    }
    java.util.Map<String, ReportContent.Figure> out = new java.util.LinkedHashMap<>();
    m.forEach((k, f) -> out.put(k, figure(f, swap)));
    return out;
  }

  private static ReportContent.Figure figure(ReportContent.Figure f, java.util.function.UnaryOperator<String> swap) {
    if (f == null || f.sources() == null) {
      return f;
    }
    List<SourceRecord> sources = new ArrayList<>();
    for (SourceRecord s : f.sources()) {
      sources.add(new SourceRecord(s.kind(), s.id(), swap.apply(s.label()), s.value()));
    }
    return new ReportContent.Figure(f.key(), f.value(), f.over(), sources);
  }
}
