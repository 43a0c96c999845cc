package org.redheart.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.redheart.platform.api.Documents.Bar;
import org.redheart.platform.api.Documents.BarChart;
import org.redheart.platform.api.Documents.Document;
import org.redheart.platform.api.Documents.Heading;
import org.redheart.platform.api.Documents.Image;
import org.redheart.platform.api.Documents.PageBreak;
import org.redheart.platform.api.Documents.TableOfContents;
import org.redheart.platform.api.Documents.Paragraph;
import org.redheart.platform.api.Documents.Table;

class DocumentsTest {
  private static final String BANGLA = "শিশু অধিকার সুরক্ষায় রেড হার্ট ক্যাম্পেইন";
  private final DefaultDocuments documents = new DefaultDocuments();

  @Test
  void writesBanglaRunsInTheBengaliFontAndTheBnBdLanguage() throws Exception {
    byte[] docx = documents.docx(new Document("সভার ইতিহাস", List.of(
        new Heading("ধাপসমূহ"), new Paragraph(BANGLA), new Table(List.of("ধাপ", "তারিখ"), List.of(List.of("ধারণাপত্র", "২০২৬-১২-২০"))))));

    try (XWPFDocument reopened = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFParagraph paragraph = reopened.getParagraphs().stream().filter(p -> p.getText().equals(BANGLA)).findFirst().orElseThrow();
      XWPFRun run = paragraph.getRuns().get(0);
      CTRPr rpr = run.getCTR().getRPr();
      assertThat(rpr.getRFontsArray(0).getCs()).isEqualTo("Noto Sans Bengali");
      assertThat(rpr.getRFontsArray(0).getAscii()).isEqualTo("Noto Sans Bengali");
      assertThat(rpr.getRFontsArray(0).getHAnsi()).isEqualTo("Noto Sans Bengali");
      assertThat(rpr.getLangArray(0).getBidi()).isEqualTo("bn-BD");
      assertThat(rpr.getLangArray(0).getVal()).isEqualTo("bn-BD");
      assertThat(reopened.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("২০২৬-১২-২০");
      assertThat(reopened.getParagraphs().get(0).getText()).isEqualTo("সভার ইতিহাস");
    }
  }

  @Test
  void writesHeadingLevelsATableOfContentsFieldImagesAndPageBreaks() throws Exception {
    byte[] chart = documents.png(new BarChart("সভা", "মাস", "সংখ্যা", List.of(new Bar("জুলাই", 3)), true), 400, 200);
    byte[] docx = documents.docx(new Document("Results report", List.of(
        new TableOfContents("সূচিপত্র", "Right-click to update the table of contents"),
        new PageBreak(),
        new Heading("Meetings"), new Heading("Stakeholder meeting", 2), new Heading("Group 1", 3),
        new Image(chart, 400, 200, "Meetings per month"),
        new Table(List.of("Date", "Venue"), List.of(List.of("2022-07-12", "Dhaka"))))));

    try (XWPFDocument reopened = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(reopened.getParagraphs().stream().filter(p -> p.getStyle() != null)
          .map(p -> p.getStyle() + ":" + p.getText()))
          .containsExactly("Heading1:Meetings", "Heading2:Stakeholder meeting", "Heading3:Group 1");
      assertThat(reopened.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(1);
      var toc = reopened.getParagraphs().stream().filter(p -> p.getCTP().sizeOfFldSimpleArray() > 0).findFirst().orElseThrow();
      assertThat(toc.getCTP().getFldSimpleArray(0).getInstr()).startsWith("TOC \\o \"1-3\"");
      assertThat(reopened.getSettings().getCTSettings().isSetUpdateFields()).isTrue();
      assertThat(reopened.getAllPictures()).hasSize(1);
      assertThat(reopened.getAllPictures().get(0).getData()).isEqualTo(chart);
      assertThat(reopened.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
          .anyMatch(r -> r.getCTR().sizeOfBrArray() > 0 && r.getCTR().getBrArray(0).getType() == STBrType.PAGE)).isTrue();
      assertThat(reopened.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
      for (XWPFParagraph p : reopened.getParagraphs()) {
        for (XWPFRun run : p.getRuns()) {
          assertThat(run.getCTR().getRPr().getRFontsArray(0).getCs()).isEqualTo("Noto Sans Bengali");
          assertThat(run.getCTR().getRPr().getLangArray(0).getBidi()).isEqualTo("bn-BD");
        }
      }
    }
  }

  @Test
  void keepsMarkupLikeTextAsTextAndLineBreaksAsBreaks() throws Exception {
    String hostile = "<w:p>R&D \"quoted\" </w:t> \u0007bell";
    byte[] docx = documents.docx(new Document("A & B", List.of(new Paragraph(hostile + "\nsecond line"),
        new Table(List.of("<th>"), List.of(List.of("a&b"))))));
    try (XWPFDocument reopened = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(reopened.getParagraphs().get(0).getText()).isEqualTo("A & B");
      assertThat(reopened.getParagraphs().get(1).getText()).isEqualTo("<w:p>R&D \"quoted\" </w:t> bell\nsecond line");
      assertThat(reopened.getTables().get(0).getRow(0).getCell(0).getText()).isEqualTo("<th>");
      assertThat(reopened.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("a&b");
    }
  }

  @Test
  void writesTenThousandTableRowsQuickly() throws Exception {
    List<List<String>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      rows.add(List.of("১২ জুলাই ২০২২", "Post " + i, "10", "", "5"));
    }
    long start = System.nanoTime();
    byte[] docx = documents.docx(new Document("Posts", List.of(new Table(List.of("a", "b", "c", "d", "e"), rows))));
    long millis = (System.nanoTime() - start) / 1_000_000;
    // every run repeats its font and language, so a long table compresses more than POI's zip-bomb
    // guard (1:100) accepts when reading; Word and LibreOffice have no such limit
    double ratio = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
    org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.001);
    try (XWPFDocument reopened = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(reopened.getTables().get(0).getRows()).hasSize(10_001);
      assertThat(reopened.getTables().get(0).getRow(10_000).getCell(1).getText()).isEqualTo("Post 9999");
    } finally {
      org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(ratio);
    }
    assertThat(millis).as("milliseconds for 10,000 rows (POI's object model took ~30 s)").isLessThan(10_000);
  }

  @Test
  void keepsALevelOneHeadingForExistingCallersAndRejectsOtherLevels() {
    assertThat(new Heading("Steps").level()).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Heading("Deep", 4))
        .isInstanceOf(org.redheart.platform.api.InvalidInput.class);
  }

  @Test
  void drawsBanglaChartLabelsInAFontThatCanShowThem() throws Exception {
    BarChart spec = new BarChart("ধাপ অনুযায়ী সভা", "ধাপ", "সভার সংখ্যা",
        List.of(new Bar("ধারণাপত্র লিখুন", 3), new Bar("প্রতিবেদন লিখুন", 5)), true);

    JFreeChart chart = DefaultDocuments.chart(spec);
    Font titleFont = chart.getTitle().getFont();
    Font tickFont = ((CategoryPlot) chart.getPlot()).getDomainAxis().getTickLabelFont();
    assertThat(titleFont.canDisplayUpTo(spec.title())).isEqualTo(-1);
    assertThat(tickFont.canDisplayUpTo("ধারণাপত্র লিখুন")).isEqualTo(-1);
    assertThat(tickFont.getFamily()).isEqualTo("Noto Sans Bengali");

    BufferedImage png = ImageIO.read(new ByteArrayInputStream(documents.png(spec, 640, 400)));
    assertThat(png.getWidth()).isEqualTo(640);
    assertThat(png.getHeight()).isEqualTo(400);
  }

  @Test
  void showsChartValuesInBengaliDigitsWhenAsked() {
    assertThat(DefaultDocuments.numberFormat(true).format(1234)).isEqualTo("১,২৩৪");
    assertThat(DefaultDocuments.numberFormat(false).format(1234)).isEqualTo("1,234");
  }

  @Test
  void writesSvgWithTheBanglaLabelAsTextInTheBengaliFont() {
    String svg = documents.svg(new BarChart("ধাপ অনুযায়ী সভা", "ধাপ", "সংখ্যা", List.of(new Bar("প্রতিবেদন", 2)), true), 400, 300);
    assertThat(svg).contains("<svg").contains("ধাপ অনুযায়ী সভা").contains("Noto Sans Bengali");
  }
}
