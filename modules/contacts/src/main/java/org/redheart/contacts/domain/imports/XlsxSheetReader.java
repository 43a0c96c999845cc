package org.redheart.contacts.domain.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, read in streaming mode with POI's SAX event API: rows go to
 * the sink as the sheet's XML is parsed; only the shared strings are held in memory. Against zip
 * bombs: each part may expand at most {@link #MAX_PART_BYTES} bytes and at most 100 times its
 * compressed size (POI's {@link ZipSecureFile} checks both while inflating), and the sheet may have
 * at most {@link #MAX_ROWS} rows and {@link #MAX_COLUMNS} columns, each cell at most {@link
 * #MAX_CELL_CHARS} characters. Cells are read as shown (cached results of formulas, never
 * evaluated); dates become ISO dates and whole numbers are written out in full.
 */
public final class XlsxSheetReader implements SheetReader {
  /** The largest a part of the workbook (the sheet, the shared strings) may be once unzipped. */
  public static final long MAX_PART_BYTES = 100L * 1024 * 1024;

  /** The smallest compressed-to-unzipped ratio accepted (1 %: more than 100 times is a bomb). */
  public static final double MIN_INFLATE_RATIO = 0.01;

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
  }

  @Override
  public void read(InputStream in, RowSink sink) throws IOException {
    Path copy = Files.createTempFile("redheart-import-", ".xlsx");
    try {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      checkDeclaredSizes(copy);
      readCopy(copy, sink);
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  /** Refuses a workbook whose zip directory already announces a part larger than the limit. */
  private static void checkDeclaredSizes(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      var entries = zip.entries();
      while (entries.hasMoreElements()) {
        var entry = entries.nextElement();
        if (entry.getSize() > MAX_PART_BYTES) {
          throw bomb();
        }
        if (entry.getSize() > 1024 * 1024 && entry.getCompressedSize() > 0
            && (double) entry.getCompressedSize() / entry.getSize() < MIN_INFLATE_RATIO) {
          throw bomb();
        }
      }
    } catch (IOException e) {
      throw new BadFile(0, "the file is not a readable XLSX workbook (" + e.getMessage() + ")");
    }
  }

  private static BadFile bomb() {
    return new BadFile(0, "the workbook expands to far more data than a contacts list holds when unzipped"
        + " (a zip bomb?); save it again as CSV or as a plain XLSX");
  }

  private static void readCopy(Path file, RowSink sink) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      var sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new BadFile(0, "the workbook has no sheet");
      }
      Rows rows = new Rows(sink);
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows, new Formatter(), false));
        parser.parse(new InputSource(sheet));
      }
    } catch (BadFile e) {
      throw e;
    } catch (Sink e) {
      throw e.getCause();
    } catch (UncheckedIOException e) {
      throw translate(e.getCause());
    } catch (IOException | RuntimeException | SAXException | javax.xml.parsers.ParserConfigurationException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
      throw translate(e);
    }
  }

  private static RuntimeException translate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BadFile bad) {
        return bad;
      }
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("inflate ratio")) {
        return bomb();
      }
    }
    return new BadFile("the file is not a readable XLSX workbook (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
  }

  /** Carries the sink's own IOException through the SAX parser. */
  private static final class Sink extends RuntimeException {
    Sink(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /** Collects the cells of one row, filling gaps, and hands non-blank rows to the sink. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final RowSink sink;
    private final List<String> cells = new ArrayList<>();
    private int row;
    private boolean first = true;

    Rows(RowSink sink) {
      this.sink = sink;
    }

    @Override
    public void startRow(int rowNum) {
      row = rowNum + 1;
      if (row > MAX_ROWS + 1) {
        throw new BadFile(row, "the sheet has more than " + MAX_ROWS + " rows; split it into smaller files");
      }
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      boolean blank = cells.stream().allMatch(String::isBlank);
      if (blank && !first) {
        return;
      }
      first = false;
      try {
        sink.row(row, List.copyOf(cells));
      } catch (IOException e) {
        throw new Sink(e);
      }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      if (column >= MAX_COLUMNS) {
        throw new BadFile(row, "the row has more than " + MAX_COLUMNS + " columns");
      }
      String text = value == null ? "" : value;
      if (text.length() > MAX_CELL_CHARS) {
        throw new BadFile(row, "a cell is longer than " + MAX_CELL_CHARS / 1024 + " K characters");
      }
      while (cells.size() < column) {
        cells.add("");
      }
      if (cells.size() == column) {
        cells.add(text);
      } else {
        cells.set(column, text);
      }
    }
  }

  /** Shows dates as ISO dates and whole numbers (phone numbers) in full instead of 8.80171E+12. */
  private static final class Formatter extends DataFormatter {
    Formatter() {
      super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      if ((formatString == null || "General".equalsIgnoreCase(formatString)) && value == Math.rint(value)
          && Math.abs(value) < 1e15) {
        return new BigDecimal(value).toPlainString();
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
  }
}
