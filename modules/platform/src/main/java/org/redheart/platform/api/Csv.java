package org.redheart.platform.api;

import java.util.List;

/**
 * CSV (RFC 4180) rows for exports opened in spreadsheets: every cell quoted, quotes doubled, and a
 * cell that starts with {@code = + - @}, a tab or a carriage return prefixed with {@code '} so that
 * a spreadsheet shows it as text instead of running it as a formula.
 */
public final class Csv {
  private Csv() {}

  /** One line, ending in CRLF. */
  public static String row(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append('"').append(neutralise(cells.get(i)).replace("\"", "\"\"")).append('"');
    }
    return sb.append("\r\n").toString();
  }

  /** The cell's text, with a leading {@code '} when a spreadsheet would take it for a formula. */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char first = cell.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
      return "'" + cell;
    }
    return cell;
  }
}
