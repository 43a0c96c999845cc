package org.redheart.platform.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.util.Units;

/**
 * Writes a document's body as WordprocessingML text, in one linear pass, and puts it into the
 * package POI wrote (styles, settings, pictures). Building thousands of paragraphs and table rows
 * through POI's object model costs quadratic time (a report with 10,000 posts took half a minute);
 * this takes well under a second. Every run carries the Bengali font for all scripts and the
 * language bn-BD (also as the complex-script language), as before.
 */
final class DocxBody {
  static final String MARKER = "@@redheart-docx-body@@";
  private static final String[][] NAMESPACES = {
      {"w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"},
      {"r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"},
      {"wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"},
      {"a", "http://schemas.openxmlformats.org/drawingml/2006/main"},
      {"pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"}};

  private final StringBuilder xml = new StringBuilder(64 * 1024);
  private final String font;
  private final String language;
  private int pictures;

  DocxBody(String font, String language) {
    this.font = font;
    this.language = language;
  }

  /** A paragraph in a style (null: none) with one run. */
  DocxBody paragraph(String style, String text, boolean bold, int points) {
    xml.append("<w:p>");
    if (style != null) {
      xml.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
    }
    run(text, bold, points);
    xml.append("</w:p>");
    return this;
  }

  DocxBody pageBreak() {
    xml.append("<w:p><w:r>");
    runProperties(false, 11);
    xml.append("<w:br w:type=\"page\"/></w:r></w:p>");
    return this;
  }

  /** A TOC field (levels 1–3, hyperlinked) showing the placeholder until Word updates it. */
  DocxBody tableOfContents(String placeholder) {
    xml.append("<w:p><w:fldSimple w:instr=\"TOC \\o &quot;1-3&quot; \\h \\z \\u\">");
    run(placeholder, false, 11);
    xml.append("</w:fldSimple></w:p>");
    return this;
  }

  /** A table, full width, single borders, the header row bold and repeated on every page. */
  DocxBody table(List<String> header, List<List<String>> rows) {
    int columns = Math.max(header.size(), 1);
    xml.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
    for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
      xml.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>");
    }
    xml.append("</w:tblBorders></w:tblPr><w:tblGrid>");
    int width = 9000 / columns;
    for (int c = 0; c < columns; c++) {
      xml.append("<w:gridCol w:w=\"").append(width).append("\"/>");
    }
    xml.append("</w:tblGrid>");
    row(header, columns, true);
    for (List<String> row : rows) {
      row(row, columns, false);
    }
    xml.append("</w:tbl>");
    return paragraph(null, "", false, 11);
  }

  private void row(List<String> cells, int columns, boolean header) {
    xml.append("<w:tr>");
    if (header) {
      xml.append("<w:trPr><w:tblHeader/></w:trPr>");
    }
    for (int c = 0; c < columns; c++) {
      xml.append("<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/>");
      if (header) {
        xml.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F0E4E6\"/>");
      }
      xml.append("</w:tcPr><w:p>");
      if (c < cells.size()) {
        run(cells.get(c), header, 10);
      }
      xml.append("</w:p></w:tc>");
    }
    xml.append("</w:tr>");
  }

  /** A centred picture, {@code relationId} from {@code XWPFDocument.addPictureData}. */
  DocxBody picture(String relationId, int widthPx, int heightPx, String description) {
    int id = ++pictures;
    long cx = Units.pixelToEMU(widthPx);
    long cy = Units.pixelToEMU(heightPx);
    xml.append("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r>");
    runProperties(false, 11);
    xml.append("<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"").append(cx)
        .append("\" cy=\"").append(cy).append("\"/><wp:docPr id=\"").append(id).append("\" name=\"Picture ").append(id)
        .append("\" descr=\"").append(escape(description == null ? "" : description)).append("\"/>")
        .append("<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
        .append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>")
        .append("<pic:nvPicPr><pic:cNvPr id=\"").append(id).append("\" name=\"picture").append(id).append(".png\"/><pic:cNvPicPr/></pic:nvPicPr>")
        .append("<pic:blipFill><a:blip r:embed=\"").append(relationId).append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
        .append("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").append(cx).append("\" cy=\"").append(cy)
        .append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>")
        .append("</wp:inline></w:drawing></w:r></w:p>");
    return this;
  }

  private void run(String text, boolean bold, int points) {
    xml.append("<w:r>");
    runProperties(bold, points);
    String[] lines = (text == null ? "" : text).split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        xml.append("<w:br/>");
      }
      xml.append("<w:t xml:space=\"preserve\">").append(escape(lines[i])).append("</w:t>");
    }
    xml.append("</w:r>");
  }

  private void runProperties(boolean bold, int points) {
    xml.append("<w:rPr><w:rFonts w:ascii=\"").append(font).append("\" w:hAnsi=\"").append(font).append("\" w:cs=\"")
        .append(font).append("\"/>");
    if (bold) {
      xml.append("<w:b/><w:bCs/>");
    }
    xml.append("<w:sz w:val=\"").append(points * 2).append("\"/><w:szCs w:val=\"").append(points * 2)
        .append("\"/><w:lang w:val=\"").append(language).append("\" w:bidi=\"").append(language).append("\"/></w:rPr>");
  }

  /** XML text: &amp;, &lt;, &gt;, &quot; escaped; characters XML cannot hold dropped. */
  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        default -> (c < 0x20 && c != '\t') || c == 0xFFFE || c == 0xFFFF ? "" : null;
      };
      if (r != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (r != null) {
          b.append(r);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * The package POI wrote (its body: one marker paragraph) with this body in its place, and the
   * namespaces the body uses declared on the root.
   */
  byte[] into(byte[] docx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length + xml.length() / 4);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write("word/document.xml".equals(entry.getName()) ? splice(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  String splice(String document) {
    int marker = document.indexOf(MARKER);
    int start = document.lastIndexOf("<w:p>", marker);
    if (start < 0) {
      start = document.lastIndexOf("<w:p ", marker);
    }
    int end = document.indexOf("</w:p>", marker) + "</w:p>".length();
    if (marker < 0 || start < 0) {
      throw new IllegalStateException("the document body marker is missing");
    }
    int root = document.indexOf("<w:document");
    int rootEnd = document.indexOf('>', root);
    String rootTag = document.substring(root, rootEnd);
    StringBuilder declarations = new StringBuilder();
    for (String[] ns : NAMESPACES) {
      if (!rootTag.contains("xmlns:" + ns[0] + "=")) {
        declarations.append(" xmlns:").append(ns[0]).append("=\"").append(ns[1]).append('"');
      }
    }
    int insertAt = rootTag.endsWith("/") ? rootEnd - 1 : rootEnd;
    return new StringBuilder(document.length() + xml.length() + declarations.length())
        .append(document, 0, insertAt).append(declarations).append(document, insertAt, start)
        .append(xml).append(document, end, document.length()).toString();
  }
}
