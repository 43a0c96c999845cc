package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.redheart.platform.api.Documents;
import org.redheart.platform.api.InvalidInput;

/**
 * Documents with Apache POI (XWPF) and bar charts with JFreeChart (PNG) and JFreeSVG (SVG), all in
 * the bundled Noto Sans Bengali. In DOCX every run names the font for Latin, high-ANSI and complex
 * script text and the language bn-BD (also as the complex-script language), and the document
 * defaults do the same, so that text typed later is Bangla-ready too.
 */
@ApplicationScoped
public class DefaultDocuments implements Documents {
  static final String LANGUAGE = "bn-BD";
  private static final Color BRAND = new Color(0xB3, 0x13, 0x2B);
  private static final int MAX_PIXELS = 4000;
  private static final int[] HEADING_POINTS = {16, 13, 12};

  @Override
  public byte[] docx(Document document) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var styles = doc.createStyles();
      styles.setDefaultFonts(fonts(CTFonts.Factory.newInstance()));
      styles.setSpellingLanguage(LANGUAGE);
      for (int level = 1; level <= HEADING_POINTS.length; level++) {
        headingStyle(styles, level);
      }
      DocxBody body = new DocxBody(BengaliFont.FAMILY, LANGUAGE);
      body.paragraph(null, document.title(), true, 20);
      boolean fields = false;
      for (Block block : document.blocks()) {
        if (block instanceof Heading h) {
          body.paragraph("Heading" + h.level(), h.text(), true, HEADING_POINTS[h.level() - 1]);
        } else if (block instanceof Paragraph p) {
          body.paragraph(null, p.text(), false, 11);
        } else if (block instanceof Table t) {
          body.table(t.header(), t.rows());
        } else if (block instanceof TableOfContents toc) {
          body.paragraph(null, toc.title(), true, HEADING_POINTS[0]);
          body.tableOfContents(toc.placeholder());
          fields = true;
        } else if (block instanceof Image image) {
          String relation = doc.addPictureData(image.png(), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
          body.picture(relation, image.widthPx(), image.heightPx(), image.description());
        } else if (block instanceof PageBreak) {
          body.pageBreak();
        }
      }
      if (fields) {
        doc.enforceUpdateFields();
      }
      doc.createParagraph().createRun().setText(DocxBody.MARKER);
      doc.write(out);
      return body.into(out.toByteArray());
    } catch (IOException | InvalidFormatException e) {
      throw new UncheckedIOException("the document could not be written", e instanceof IOException io ? io : new IOException(e));
    }
  }

  /** Word's built-in heading styles (ids "Heading1"…), with an outline level so a TOC field lists them. */
  private static void headingStyle(XWPFStyles styles, int level) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId("Heading" + level);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal("heading " + level);
    style.addNewNext().setVal("Normal");
    style.addNewUiPriority().setVal(BigInteger.valueOf(9));
    style.addNewQFormat();
    CTPPrGeneral ppr = style.addNewPPr();
    ppr.addNewKeepNext();
    ppr.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 360 : 240));
    ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
    CTRPr rpr = style.addNewRPr();
    fonts(rpr.addNewRFonts());
    rpr.addNewB();
    rpr.addNewBCs();
    rpr.addNewColor().setVal("B3132B");
    rpr.addNewSz().setVal(BigInteger.valueOf(HEADING_POINTS[level - 1] * 2L));
    rpr.addNewSzCs().setVal(BigInteger.valueOf(HEADING_POINTS[level - 1] * 2L));
    styles.addStyle(new XWPFStyle(style, styles));
  }

  private static CTFonts fonts(CTFonts fonts) {
    fonts.setAscii(BengaliFont.FAMILY);
    fonts.setHAnsi(BengaliFont.FAMILY);
    fonts.setCs(BengaliFont.FAMILY);
    return fonts;
  }

  @Override
  public byte[] png(BarChart chart, int width, int height) {
    checkSize(width, height);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ChartUtils.writeChartAsPNG(out, chart(chart), width, height);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the chart could not be drawn", e);
    }
  }

  @Override
  public String svg(BarChart chart, int width, int height) {
    checkSize(width, height);
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    chart(chart).draw(g, new Rectangle(0, 0, width, height));
    return g.getSVGDocument();
  }

  private static void checkSize(int width, int height) {
    if (width < 100 || width > MAX_PIXELS || height < 100 || height > MAX_PIXELS) {
      throw new InvalidInput("size", "width and height must be between 100 and " + MAX_PIXELS + " pixels");
    }
  }

  /** The JFreeChart of a bar chart; package-visible so tests can check the fonts it uses. */
  static JFreeChart chart(BarChart spec) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Bar bar : spec.bars()) {
      data.addValue(bar.value(), "values", bar.label());
    }
    JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart(
        spec.title(), spec.categoryLabel(), spec.valueLabel(), data, PlotOrientation.VERTICAL, false, false, false);
    Font font = BengaliFont.font();
    StandardChartTheme theme = new StandardChartTheme("redheart");
    theme.setExtraLargeFont(font.deriveFont(Font.BOLD, 18f));
    theme.setLargeFont(font.deriveFont(Font.BOLD, 14f));
    theme.setRegularFont(font.deriveFont(12f));
    theme.setSmallFont(font.deriveFont(10f));
    theme.setBarPainter(new StandardBarPainter());
    theme.setShadowVisible(false);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    theme.apply(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setOutlineVisible(false);
    NumberFormat numbers = numberFormat(spec.bengaliDigits());
    NumberAxis values = (NumberAxis) plot.getRangeAxis();
    if (spec.bars().stream().allMatch(b -> b.value() == Math.rint(b.value()))) {
      values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    values.setNumberFormatOverride(numbers);
    BarRenderer bars = (BarRenderer) plot.getRenderer();
    bars.setSeriesPaint(0, BRAND);
    bars.setSeriesOutlineStroke(0, new BasicStroke(0f));
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers));
    bars.setDefaultItemLabelFont(font.deriveFont(11f));
    bars.setDefaultItemLabelsVisible(true);
    return chart;
  }

  static NumberFormat numberFormat(boolean bengaliDigits) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    if (bengaliDigits) {
      symbols.setZeroDigit('\u09E6');
    }
    return new DecimalFormat("#,##0.##", symbols);
  }
}
