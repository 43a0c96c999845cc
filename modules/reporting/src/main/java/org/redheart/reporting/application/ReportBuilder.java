package org.redheart.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.redheart.reporting.domain.ReportContent;

/**
 * R3's stand-in for helper R1's builder, with its signature, so that the report's flow compiles and runs
 * before R1's work lands: at merge, R1's {@code ReportBuilder} replaces this file entirely.
 */
@ApplicationScoped
public class ReportBuilder {
  public ReportContent build(String campaignId, LocalDate from, LocalDate to) {
    ReportContent.Figure none = new ReportContent.Figure("none", null, 0, List.of());
    return new ReportContent(campaignId, campaignId, null, from, to,
        new ReportContent.Headline(Map.of(), none, none, none, none, Map.of(), Map.of(), none, none, none, Map.of(),
            none, none, none),
        List.of(), List.of(), List.of(), List.of(),
        new ReportContent.SocialMedia(List.of(), Map.of(), List.of(), List.of()),
        new ReportContent.NetworkPart(List.of(), Map.of(), Map.of()),
        new ReportContent.MaterialsPart(List.of(), none, none, none), List.of(), List.of());
  }
}
