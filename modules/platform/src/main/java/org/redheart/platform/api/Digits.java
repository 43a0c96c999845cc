package org.redheart.platform.api;

/** Bengali digits (০-৯) accepted wherever a number is typed. */
public final class Digits {
  private Digits() {}

  /** The text with Bengali (and other Unicode decimal) digits replaced by ASCII ones. */
  public static String toAscii(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .forEach(cp -> {
          int digit = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
          if (digit >= 0) {
            sb.append((char) ('0' + digit));
          } else {
            sb.appendCodePoint(cp);
          }
        });
    return sb.toString();
  }
}
