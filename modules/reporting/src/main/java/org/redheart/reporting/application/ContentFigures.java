package org.redheart.reporting.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.redheart.reporting.domain.ReportContent;

/** Every figure of a report's content by its key (the keys the HTML links to). */
final class ContentFigures {
  private ContentFigures() {}

  static Map<String, ReportContent.Figure> all(ReportContent c) {
    Map<String, ReportContent.Figure> figures = new LinkedHashMap<>();
    ReportContent.Headline h = c.headline();
    if (h != null) {
      addAll(figures, h.meetingsByKind());
      add(figures, h.attendancePersons());
      add(figures, h.attendanceOrganisations());
      add(figures, h.speakingSlots());
      add(figures, h.distinctSpeakers());
      addAll(figures, h.slotsByJoining());
      addAll(figures, h.speakersByCountry());
      add(figures, h.membersAtEnd());
      add(figures, h.membersJoined());
      add(figures, h.posts());
      addAll(figures, h.postTotals());
      add(figures, h.materialsProduced());
      add(figures, h.copiesPrinted());
      add(figures, h.copiesDistributed());
    }
    if (c.social() != null) {
      addAll(figures, c.social().totals());
    }
    if (c.network() != null) {
      addAll(figures, c.network().byCountry());
      addAll(figures, c.network().byCategory());
    }
    if (c.materials() != null) {
      add(figures, c.materials().produced());
      add(figures, c.materials().printed());
      add(figures, c.materials().distributed());
    }
    return figures;
  }

  private static void addAll(Map<String, ReportContent.Figure> figures, Map<String, ReportContent.Figure> more) {
    if (more != null) {
      more.values().forEach(f -> add(figures, f));
    }
  }

  private static void add(Map<String, ReportContent.Figure> figures, ReportContent.Figure f) {
    if (f != null && f.key() != null) {
      figures.putIfAbsent(f.key(), f);
    }
  }
}
