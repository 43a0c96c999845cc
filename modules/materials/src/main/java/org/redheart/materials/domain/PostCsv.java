package org.redheart.materials.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.redheart.platform.api.InvalidInput;

/**
 * Reads CSV records one at a time from a stream (RFC 4180 quoting; comma or semicolon, whichever the
 * header uses; a UTF-8 byte-order mark is skipped), so that a large file is never held whole. Limits:
 * {@link #MAX_COLUMNS} columns and {@link #MAX_CELL} characters per cell.
 */
public final class PostCsv {
  public static final int MAX_COLUMNS = 200;
  public static final int MAX_CELL = 10_000;

  private final Reader in;
  private char delimiter;
  private int pushedBack = -2;
  private int line = 1;
  private boolean started;

  public PostCsv(Reader in) {
    this.in = in;
  }

  /** The delimiter found in the header (after the first {@link #next}). */
  public char delimiter() {
    return delimiter;
  }

  /** The line the next record starts on (1-based, as a spreadsheet numbers rows when no cell has a line break). */
  public int line() {
    return line;
  }

  /** The next record, or null at the end of the text. */
  public List<String> next() {
    try {
      if (!started) {
        started = true;
        int c = read();
        if (c != '\uFEFF') {
          unread(c);
        }
        return header();
      }
      return record();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> header() throws IOException {
    // the header decides the delimiter: read it as text first
    StringBuilder raw = new StringBuilder();
    boolean quoted = false;
    int c;
    while ((c = read()) != -1) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (!quoted && (c == '\n' || c == '\r')) {
        if (c == '\r') {
          int n = read();
          if (n != '\n') {
            unread(n);
          }
        }
        break;
      }
      raw.append((char) c);
      if (raw.length() > MAX_CELL * 4) {
        throw new InvalidInput("file", "its first line is too long to be a header");
      }
    }
    if (c == -1 && raw.isEmpty()) {
      return null;
    }
    line++;
    long commas = count(raw, ',');
    long semicolons = count(raw, ';');
    delimiter = semicolons > commas ? ';' : ',';
    PostCsv h = new PostCsv(new java.io.StringReader(raw.toString()));
    h.delimiter = delimiter;
    h.started = true;
    return h.record();
  }

  private static long count(CharSequence s, char c) {
    boolean quoted = false;
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char x = s.charAt(i);
      if (x == '"') {
        quoted = !quoted;
      } else if (!quoted && x == c) {
        n++;
      }
    }
    return n;
  }

  private List<String> record() throws IOException {
    int c = read();
    if (c == -1) {
      return null;
    }
    unread(c);
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    while (true) {
      c = read();
      if (c == -1) {
        if (quoted) {
          throw new InvalidInput("file", "a quoted cell that starts on line " + line + " is not closed");
        }
        row.add(cell.toString());
        return row;
      }
      if (quoted) {
        if (c == '"') {
          int n = read();
          if (n == '"') {
            cell.append('"');
          } else {
            quoted = false;
            unread(n);
          }
        } else {
          if (c == '\n') {
            line++;
          }
          append(cell, c);
        }
      } else if (c == '"' && cell.isEmpty()) {
        quoted = true;
      } else if (c == delimiter) {
        row.add(cell.toString());
        cell.setLength(0);
        if (row.size() > MAX_COLUMNS) {
          throw new InvalidInput("file", "line " + line + " has more than " + MAX_COLUMNS + " columns");
        }
      } else if (c == '\n' || c == '\r') {
        if (c == '\r') {
          int n = read();
          if (n != '\n') {
            unread(n);
          }
        }
        line++;
        row.add(cell.toString());
        return row;
      } else {
        append(cell, c);
      }
    }
  }

  private void append(StringBuilder cell, int c) {
    if (cell.length() >= MAX_CELL) {
      throw new InvalidInput("file", "a cell on line " + line + " is longer than " + MAX_CELL + " characters");
    }
    cell.append((char) c);
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    return in.read();
  }

  private void unread(int c) {
    pushedBack = c;
  }
}
