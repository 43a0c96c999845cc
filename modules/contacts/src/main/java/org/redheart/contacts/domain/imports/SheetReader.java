package org.redheart.contacts.domain.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Streams the rows of a spreadsheet to a sink, one at a time; the first row is the header. */
public interface SheetReader {

  /** Limits that keep a hostile file from exhausting memory. */
  int MAX_CELL_CHARS = 64 * 1024;

  int MAX_ROWS = 200_000;

  int MAX_COLUMNS = 200;

  /**
   * Reads {@code in} to its end (the caller closes it).
   *
   * @throws BadFile when the file cannot be read as a spreadsheet
   */
  void read(InputStream in, RowSink sink) throws IOException;

  /** Receives each row: its 1-based number in the file (the header is row 1) and its cells. */
  @FunctionalInterface
  interface RowSink {
    void row(int rowNumber, List<String> cells) throws IOException;
  }

  /** The reader of a format. */
  static SheetReader of(String format) {
    return switch (format) {
      case "CSV" -> new CsvSheetReader();
      case "XLSX" -> new XlsxSheetReader();
      default -> throw new IllegalArgumentException("no reader for " + format);
    };
  }
}
