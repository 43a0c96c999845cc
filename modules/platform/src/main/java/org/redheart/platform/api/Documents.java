package org.redheart.platform.api;

import java.util.List;

/**
 * Renders documents (DOCX) and charts (PNG, SVG) with the bundled Bengali font (Noto Sans
 * Bengali), so that Bangla text is shaped by Word and LibreOffice and chart labels are never boxes.
 */
public interface Documents {

  /** A Word document: every run carries the Bengali complex-script font and the bn-BD language. */
  byte[] docx(Document document);

  /** A bar chart as PNG. */
  byte[] png(BarChart chart, int width, int height);

  /** A bar chart as an SVG document (text kept as text, in the Bengali font). */
  String svg(BarChart chart, int width, int height);

  /** A document: a title, then blocks in order. */
  record Document(String title, List<Block> blocks) {
    public Document {
      blocks = List.copyOf(blocks);
    }
  }

  /** A part of a document. */
  sealed interface Block permits Heading, Paragraph, Table {}

  record Heading(String text) implements Block {}

  record Paragraph(String text) implements Block {}

  /** A table with a header row. */
  record Table(List<String> header, List<List<String>> rows) implements Block {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A bar chart: one bar per category; axis labels and values in Bengali digits when {@code
   * bengaliDigits}.
   */
  record BarChart(String title, String categoryLabel, String valueLabel, List<Bar> bars, boolean bengaliDigits) {
    public BarChart {
      bars = List.copyOf(bars);
    }
  }

  record Bar(String label, double value) {}
}
