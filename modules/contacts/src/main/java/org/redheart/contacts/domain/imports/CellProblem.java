package org.redheart.contacts.domain.imports;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with a row: the column (its header) and the reason. */
public record CellProblem(String column, String reason) {
  static final int MAX_ENCODED = 1000;

  /** The problems of a row as kept in one staging column: "column TAB reason", one per line. */
  public static String encode(List<CellProblem> problems) {
    StringBuilder sb = new StringBuilder();
    for (CellProblem p : problems) {
      String line = clean(p.column()) + "\t" + clean(p.reason());
      if (sb.length() + line.length() + 1 > MAX_ENCODED) {
        if (sb.isEmpty()) {
          sb.append(line, 0, MAX_ENCODED - 1);
        }
        break;
      }
      sb.append(sb.isEmpty() ? "" : "\n").append(line);
    }
    return sb.toString();
  }

  public static List<CellProblem> decode(String encoded) {
    List<CellProblem> problems = new ArrayList<>();
    if (encoded == null || encoded.isEmpty()) {
      return problems;
    }
    for (String line : encoded.split("\n")) {
      int tab = line.indexOf('\t');
      problems.add(tab < 0 ? new CellProblem("", line) : new CellProblem(line.substring(0, tab), line.substring(tab + 1)));
    }
    return problems;
  }

  private static String clean(String text) {
    return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
