package org.redheart.safeguarding.domain;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masked excerpts: the match keeps its first character, its other letters and digits become •. */
public final class Masking {
  private static final int CONTEXT = 30;
  private static final Pattern LONG_DIGITS = Pattern.compile("[0-9০-৯][0-9০-৯ \\-]{3,}[0-9০-৯]");

  private Masking() {}

  public static String excerpt(String text, int start, int end, Set<String> sensitiveNames) {
    int from = Math.max(0, start - CONTEXT);
    while (from > 0 && from < start && !Character.isWhitespace(text.charAt(from - 1))) {
      from++;
    }
    int to = Math.min(text.length(), end + CONTEXT);
    while (to < text.length() && to > end && !Character.isWhitespace(text.charAt(to))) {
      to--;
    }
    String before = maskContext(text.substring(from, start), sensitiveNames);
    String after = maskContext(text.substring(end, to), sensitiveNames);
    String out = (from > 0 ? "…" : "") + before + mask(text.substring(start, end)) + after
        + (to < text.length() ? "…" : "");
    return out.replaceAll("\\s+", " ").strip();
  }

  /** Keep the first character; letters, marks and digits after it become •. */
  public static String mask(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean first = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
        if (first) {
          sb.append(Character.isDigit(c) ? '•' : c);
          first = false;
        } else {
          sb.append('•');
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String maskContext(String s, Set<String> names) {
    String out = s;
    for (String name : names) {
      if (!name.isBlank()) {
        out = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(out).replaceAll(r -> Matcher.quoteReplacement(mask(r.group())));
      }
    }
    return LONG_DIGITS.matcher(out).replaceAll(r -> Matcher.quoteReplacement(mask(r.group())));
  }
}
