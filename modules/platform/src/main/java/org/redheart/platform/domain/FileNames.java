package org.redheart.platform.domain;

import java.text.Normalizer;

/**
 * Names given by uploaders, made safe to show and to send back in a Content-Disposition: no path,
 * no control or bidi-override characters (ZWJ and ZWNJ, which Bangla needs, stay), no quotes or separators, at most 150 characters, with the
 * extension of the detected type. Bangla and other letters are kept (only NFC-normalised).
 */
public final class FileNames {
  private static final int MAX = 150;

  private FileNames() {}

  /** The declared name made safe, ending in {@code extension} (the detected type's). */
  public static String sanitise(String declared, String extension) {
    String base = clean(declared);
    int dot = base.lastIndexOf('.');
    if (dot >= 0) {
      base = base.substring(0, dot);
    }
    base = base.replaceAll("^[. ]+|[. ]+$", "");
    if (base.isEmpty()) {
      base = "file";
    }
    int room = MAX - extension.length() - 1;
    if (base.codePointCount(0, base.length()) > room) {
      base = base.substring(0, base.offsetByCodePoints(0, room));
    }
    return base + "." + extension;
  }

  /** The declared name without path and unsafe characters, at most 150 characters (for messages). */
  public static String clean(String declared) {
    String name = declared == null ? "" : Normalizer.normalize(declared, Normalizer.Form.NFC);
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    StringBuilder sb = new StringBuilder(name.length());
    name.codePoints().forEach(cp -> {
      int type = Character.getType(cp);
      boolean unsafe = Character.isISOControl(cp) || (type == Character.FORMAT && cp != 0x200C && cp != 0x200D) || type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE || type == Character.SURROGATE || "\"'`<>:|?*;%".indexOf(cp) >= 0;
      sb.appendCodePoint(unsafe ? '_' : Character.isWhitespace(cp) ? ' ' : cp);
    });
    String cleaned = sb.toString().strip().replaceAll(" {2,}", " ");
    if (cleaned.codePointCount(0, cleaned.length()) > MAX) {
      cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX));
    }
    return cleaned;
  }
}
