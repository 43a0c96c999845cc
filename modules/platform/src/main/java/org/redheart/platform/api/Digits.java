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

  /** The text with ASCII digits shown as Bengali digits (০-৯), for Bangla documents and charts. */
  public static String toBengali(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(c >= '0' && c <= '9' ? (char) ('\u09E6' + (c - '0')) : c);
    }
    return sb.toString();
  }

  /** A number in Bengali digits ("১২৩"). */
  public static String toBengali(long number) {
    return toBengali(Long.toString(number));
  }
}
