package org.redheart.app.rest;

import java.nio.charset.StandardCharsets;

/**
 * A Content-Disposition header value as RFC 6266 wants it: a plain-ASCII {@code filename} for old
 * clients and the exact UTF-8 name in {@code filename*} (percent-encoded, so Bangla names survive
 * and no quote or line break can break out of the header).
 */
public final class ContentDisposition {
  private ContentDisposition() {}

  public static String of(boolean inline, String fileName) {
    String ascii = fileName.codePoints()
        .mapToObj(cp -> cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\' && cp != '%' ? String.valueOf((char) cp) : "_")
        .reduce("", String::concat);
    return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(fileName);
  }

  static String encode(String value) {
    StringBuilder sb = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return sb.toString();
  }
}
