package org.redheart.materials.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redheart.materials.api.DiffSegment;

/**
 * Word-level differences between two texts (java-diff-utils over words and the spaces between them):
 * neighbouring pieces of the same kind are joined.
 */
public final class WordDiff {
  private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

  private WordDiff() {}

  public static List<DiffSegment> between(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<DiffSegment> out = new ArrayList<>();
    int pos = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int at = delta.getSource().getPosition();
      add(out, DiffSegment.Kind.SAME, a.subList(pos, at));
      add(out, DiffSegment.Kind.DELETED, delta.getSource().getLines());
      add(out, DiffSegment.Kind.INSERTED, delta.getTarget().getLines());
      pos = at + delta.getSource().size();
    }
    add(out, DiffSegment.Kind.SAME, a.subList(pos, a.size()));
    return out;
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static void add(List<DiffSegment> out, DiffSegment.Kind kind, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
      DiffSegment last = out.remove(out.size() - 1);
      out.add(new DiffSegment(kind, last.text() + text));
    } else {
      out.add(new DiffSegment(kind, text));
    }
  }
}
