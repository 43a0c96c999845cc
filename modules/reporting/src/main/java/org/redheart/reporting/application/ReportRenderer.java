package org.redheart.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.redheart.platform.api.Documents;
import org.redheart.reporting.domain.ReportContent;

/**
 * R3's stand-in for helper R2's renderer, with its signature, so that the report's flow compiles and runs
 * before R2's work lands: at merge, R2's {@code ReportRenderer} replaces this file entirely.
 */
@ApplicationScoped
public class ReportRenderer {
  @Inject Documents documents;

  public byte[] docx(ReportContent content, String language, Map<String, String> checkNotes) {
    List<Documents.Block> blocks = new ArrayList<>();
    blocks.add(new Documents.Heading("Results report"));
    blocks.add(new Documents.Paragraph(content.campaignName() + " " + content.from() + " – " + content.to()));
    return documents.docx(new Documents.Document("Results report", blocks));
  }

  public String html(ReportContent content, String language, Map<String, String> checkNotes,
      Function<String, String> figureLink) {
    return "<!DOCTYPE html><html lang=\"" + language + "\"><body><h1>Results report</h1></body></html>";
  }
}
