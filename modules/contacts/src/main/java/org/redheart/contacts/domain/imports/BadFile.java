package org.redheart.contacts.domain.imports;

/**
 * A file that cannot be read as a spreadsheet at all (not UTF-8, unbalanced quotes, a line over the
 * limit, a zip bomb...): the message says what and, where it can, in which row. Nothing is imported.
 */
public class BadFile extends RuntimeException {
  private final int row;

  public BadFile(int row, String message) {
    super(row > 0 ? "row " + row + ": " + message : message);
    this.row = row;
  }

  public BadFile(String message, Throwable cause) {
    super(message, cause);
    this.row = 0;
  }

  /** The 1-based row where the problem was found, or 0 when it concerns the whole file. */
  public int row() {
    return row;
  }
}
