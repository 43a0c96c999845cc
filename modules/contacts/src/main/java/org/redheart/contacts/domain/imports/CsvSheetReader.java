package org.redheart.contacts.domain.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * CSV (RFC 4180) in UTF-8, with or without a byte order mark. The delimiter (comma, semicolon or
 * tab) is the one the header line uses most. The bytes are decoded strictly: the first byte that is
 * not UTF-8 stops the import with its row. A guard between the decoder and the CSV parser follows
 * the quoting, so that a row longer than {@link #MAX_CELL_CHARS} is refused before it is buffered,
 * and a quote that never closes is reported with the row where it opened.
 */
public final class CsvSheetReader implements SheetReader {
  static final char[] DELIMITERS = {',', ';', '\t'};

  @Override
  public void read(InputStream raw, RowSink sink) throws IOException {
    InputStream in = new BufferedInputStream(BOMInputStream.builder().setInputStream(raw).get(), 64 * 1024);
    char delimiter = detectDelimiter(in);
    Guard guard = new Guard(in, delimiter);
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(false)
        .setTrim(false)
        .get();
    try (CSVParser parser = CSVParser.builder().setReader(guard).setFormat(format).get()) {
      var records = parser.iterator();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          if (e.getCause() instanceof BadFile bad) {
            throw bad;
          }
          if (guard.ended()) {
            guard.finish();
          }
          throw new BadFile(guard.row, "the file is not valid CSV (" + describe(e) + ")");
        }
        int row = (int) record.getRecordNumber();
        if (row > MAX_ROWS + 1) {
          throw new BadFile(row, "the file has more than " + MAX_ROWS + " rows; split it into smaller files");
        }
        if (record.size() > MAX_COLUMNS) {
          throw new BadFile(row, "the row has more than " + MAX_COLUMNS + " columns");
        }
        List<String> cells = new ArrayList<>(record.size());
        boolean blank = true;
        for (String cell : record) {
          cells.add(cell);
          blank &= cell.isBlank();
        }
        if (row == 1 && cells.size() == 1 && HeaderMatcher.field(cells.get(0)).isEmpty()) {
          throw new BadFile(1, "the header row is one single column ('" + shorten(cells.get(0))
              + "'): separate the columns with commas, semicolons or tabs");
        }
        if (!blank || row == 1) {
          sink.row(row, cells);
        }
      }
    }
    guard.finish();
  }

  private static String describe(RuntimeException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.replaceAll("\\s+", " ");
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }

  /**
   * The delimiter the header line uses most (outside quotes); a comma when it uses none. Reads at
   * most {@link #MAX_CELL_CHARS} bytes ahead and rewinds.
   */
  static char detectDelimiter(InputStream in) throws IOException {
    in.mark(MAX_CELL_CHARS * 4 + 8);
    int[] counts = new int[DELIMITERS.length];
    boolean quoted = false;
    int read = 0;
    int b;
    while ((b = in.read()) != -1 && read++ < MAX_CELL_CHARS * 4) {
      if (b == '"') {
        quoted = !quoted;
      } else if (b == '\n' && !quoted) {
        break;
      } else if (!quoted) {
        for (int i = 0; i < DELIMITERS.length; i++) {
          if (b == DELIMITERS[i]) {
            counts[i]++;
          }
        }
      }
    }
    in.reset();
    int best = 0;
    for (int i = 1; i < counts.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    return DELIMITERS[best];
  }

  /**
   * Decodes UTF-8 strictly and follows the CSV quoting to know the current row, the length of the
   * current row and where an open quote started.
   */
  static final class Guard extends Reader {
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private final InputStream in;
    private final char delimiter;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024).flip();
    private boolean eof;
    private boolean flushed;

    int row = 1;
    private int rowChars;
    private int state = FIELD_START;
    private int quoteRow;

    Guard(InputStream in, char delimiter) {
      this.in = in;
      this.delimiter = delimiter;
    }

    @Override
    public int read(char[] target, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (!chars.hasRemaining() && !fill()) {
        return -1;
      }
      int n = Math.min(len, chars.remaining());
      chars.get(target, off, n);
      for (int i = off; i < off + n; i++) {
        track(target[i]);
      }
      return n;
    }

    private boolean fill() throws IOException {
      chars.clear();
      while (true) {
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (result.isError()) {
          int badRow = rowAfter(chars);
          throw new BadFile(badRow, "the file is not UTF-8 (a byte that is not UTF-8 was found in this row);"
              + " save it again as \"CSV UTF-8\"");
        }
        if (result.isOverflow() || chars.position() > 0) {
          break;
        }
        if (eof) {
          if (!flushed) {
            decoder.flush(chars);
            flushed = true;
          }
          break;
        }
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
      }
      chars.flip();
      return chars.hasRemaining();
    }

    /** The row in which the decoded but not yet delivered characters end. */
    private int rowAfter(CharBuffer decoded) {
      int savedRow = row;
      int savedChars = rowChars;
      int savedState = state;
      int savedQuote = quoteRow;
      try {
        for (int i = 0; i < decoded.position(); i++) {
          track(decoded.get(i));
        }
        return row;
      } catch (BadFile e) {
        return e.row();
      } finally {
        row = savedRow;
        rowChars = savedChars;
        state = savedState;
        quoteRow = savedQuote;
      }
    }

    private void track(char c) {
      if (++rowChars > MAX_CELL_CHARS) {
        throw new BadFile(row, "the row is longer than " + MAX_CELL_CHARS / 1024 + " K characters");
      }
      switch (state) {
        case FIELD_START -> {
          if (c == '"') {
            state = QUOTED;
            quoteRow = row;
          } else if (c == '\n') {
            newRow();
          } else if (c != delimiter) {
            state = UNQUOTED;
          }
        }
        case UNQUOTED -> {
          if (c == delimiter) {
            state = FIELD_START;
          } else if (c == '\n') {
            newRow();
          }
        }
        case QUOTED -> {
          if (c == '"') {
            state = QUOTE_IN_QUOTED;
          }
        }
        default -> { // QUOTE_IN_QUOTED
          if (c == '"') {
            state = QUOTED;
          } else if (c == delimiter) {
            state = FIELD_START;
          } else if (c == '\n') {
            newRow();
          } else if (c != '\r') {
            throw new BadFile(row, "unbalanced quotes: text follows the closing quote of a quoted cell"
                + " (a quote inside a quoted cell must be doubled: \"\")");
          }
        }
      }
    }

    private void newRow() {
      row++;
      rowChars = 0;
      state = FIELD_START;
    }

    boolean ended() {
      return eof && !chars.hasRemaining();
    }

    /** At the end of the file: a quote still open is an error. */
    void finish() {
      if (state == QUOTED) {
        throw new BadFile(quoteRow, "unbalanced quotes: the quoted cell that starts in this row is never closed");
      }
    }

    @Override
    public void close() {
      // the caller closes the stream
    }
  }
}
