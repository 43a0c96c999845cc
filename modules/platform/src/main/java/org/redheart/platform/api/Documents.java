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
  sealed interface Block permits Heading, Paragraph, Table, TableOfContents, Image, PageBreak {}

  /**
   * A heading of level 1 to 3, written in the Word styles "Heading1" to "Heading3" so that a table of
   * contents lists it; {@code new Heading(text)} is a level-1 heading.
   */
  record Heading(String text, int level) implements Block {
    public Heading {
      if (level < 1 || level > 3) {
        throw new InvalidInput("level", "a heading level must be 1, 2 or 3");
      }
    }

    public Heading(String text) {
      this(text, 1);
    }
  }

  /**
   * A table of contents: a title, then a TOC field over heading levels 1 to 3 that Word fills when the
   * document is opened (the document asks for its fields to be updated); {@code placeholder} is shown
   * until then.
   */
  record TableOfContents(String title, String placeholder) implements Block {}

  /** A PNG picture (e.g. a chart from {@link #png}), shown {@code widthPx} × {@code heightPx} at 96 dpi. */
  record Image(byte[] png, int widthPx, int heightPx, String description) implements Block {
    public Image {
      if (png == null || png.length == 0) {
        throw new InvalidInput("png", "an image needs its PNG bytes");
      }
      if (widthPx < 1 || heightPx < 1) {
        throw new InvalidInput("size", "an image needs a positive width and height");
      }
      png = png.clone();
    }

    @Override
    public byte[] png() {
      return png.clone();
    }
  }

  /** The next block starts on a new page. */
  record PageBreak() implements Block {}

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
