package org.redheart.platform.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Removes metadata from images without decoding them, so the picture itself is untouched (no
 * re-compression, no quality loss):
 *
 * <ul>
 *   <li>JPEG: drops APP1 (EXIF with GPS, XMP), APP3-APP13 and APP15 (vendor data, IPTC), APP2
 *       other than the ICC colour profile, comments, and anything after the end of the image (such
 *       as a second, embedded picture); keeps JFIF (APP0), the ICC profile and Adobe's colour mark
 *       (APP14). The EXIF orientation goes with the EXIF block.
 *   <li>PNG: drops the text chunks (tEXt, zTXt, iTXt), eXIf and tIME, and anything after IEND.
 *   <li>WebP: drops the EXIF and XMP chunks, clears their flags in VP8X, and anything after the
 *       RIFF container.
 * </ul>
 *
 * A structure that does not parse is refused as a damaged image.
 */
public final class ImageMetadata {

  /** The image cannot be parsed as the type its content announces. */
  public static final class DamagedImage extends RuntimeException {
    DamagedImage(String message) {
      super(message);
    }
  }

  private ImageMetadata() {}

  /** The image of the given content type without its metadata; other types come back unchanged. */
  public static byte[] strip(String contentType, byte[] image) {
    try {
      return switch (contentType) {
        case "image/jpeg" -> jpeg(image);
        case "image/png" -> png(image);
        case "image/webp" -> webp(image);
        default -> image;
      };
    } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException e) {
      throw new DamagedImage("the image is damaged: it ends too early");
    }
  }

  static byte[] jpeg(byte[] in) {
    if (in.length < 4 || u8(in, 0) != 0xFF || u8(in, 1) != 0xD8) {
      throw new DamagedImage("the JPEG image does not start like one");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(0xFF);
    out.write(0xD8);
    int i = 2;
    while (i < in.length) {
      if (u8(in, i) != 0xFF) {
        throw new DamagedImage("the JPEG image is damaged at byte " + i);
      }
      int marker = u8(in, i + 1);
      if (marker == 0xFF) { // fill byte
        i++;
        continue;
      }
      if (marker == 0xD9) { // end of image: nothing after it is kept
        out.write(0xFF);
        out.write(0xD9);
        return out.toByteArray();
      }
      if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
        out.write(in, i, 2);
        i += 2;
        continue;
      }
      int length = u16(in, i + 2);
      if (length < 2 || i + 2 + length > in.length) {
        throw new DamagedImage("the JPEG image is damaged: a segment runs past its end");
      }
      int end = i + 2 + length;
      if (keepJpegSegment(marker, in, i + 4, length - 2)) {
        out.write(in, i, end - i);
      }
      i = end;
      if (marker == 0xDA) { // start of scan: entropy-coded data up to the next real marker
        int start = i;
        while (i + 1 < in.length && !(u8(in, i) == 0xFF && u8(in, i + 1) != 0x00 && (u8(in, i + 1) < 0xD0 || u8(in, i + 1) > 0xD7))) {
          i++;
        }
        if (i + 1 >= in.length) {
          throw new DamagedImage("the JPEG image is damaged: it has no end marker");
        }
        out.write(in, start, i - start);
      }
    }
    throw new DamagedImage("the JPEG image is damaged: it has no end marker");
  }

  private static boolean keepJpegSegment(int marker, byte[] in, int data, int length) {
    if (marker == 0xFE) {
      return false; // comment
    }
    if (marker == 0xE2) {
      return startsWith(in, data, length, "ICC_PROFILE\0");
    }
    if (marker >= 0xE0 && marker <= 0xEF) {
      return marker == 0xE0 || marker == 0xEE; // JFIF, Adobe
    }
    return true;
  }

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  static byte[] png(byte[] in) {
    for (int k = 0; k < PNG_SIGNATURE.length; k++) {
      if (in[k] != PNG_SIGNATURE[k]) {
        throw new DamagedImage("the PNG image does not start like one");
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 8);
    int i = 8;
    while (i + 12 <= in.length) {
      long length = u32(in, i);
      if (length > in.length - i - 12) {
        throw new DamagedImage("the PNG image is damaged: a chunk runs past its end");
      }
      String type = new String(in, i + 4, 4, StandardCharsets.ISO_8859_1);
      int end = i + 12 + (int) length;
      if (!type.equals("tEXt") && !type.equals("zTXt") && !type.equals("iTXt") && !type.equals("eXIf") && !type.equals("tIME")) {
        out.write(in, i, end - i);
      }
      i = end;
      if (type.equals("IEND")) {
        return out.toByteArray();
      }
    }
    throw new DamagedImage("the PNG image is damaged: it has no IEND chunk");
  }

  static byte[] webp(byte[] in) {
    if (in.length < 12 || !startsWith(in, 0, 4, "RIFF") || !startsWith(in, 8, 4, "WEBP")) {
      throw new DamagedImage("the WebP image does not start like one");
    }
    long riffEnd = Math.min(8 + u32le(in, 4), in.length);
    ByteArrayOutputStream body = new ByteArrayOutputStream(in.length);
    body.write(in, 8, 4);
    int i = 12;
    while (i + 8 <= riffEnd) {
      String fourcc = new String(in, i, 4, StandardCharsets.ISO_8859_1);
      long size = u32le(in, i + 4);
      long padded = size + (size & 1);
      if (i + 8 + size > riffEnd) {
        throw new DamagedImage("the WebP image is damaged: a chunk runs past its end");
      }
      int end = (int) Math.min(i + 8 + padded, riffEnd);
      if (fourcc.equals("VP8X") && size >= 1) {
        byte[] chunk = java.util.Arrays.copyOfRange(in, i, end);
        chunk[8] = (byte) (chunk[8] & ~0x0C); // clear the EXIF (0x08) and XMP (0x04) flags
        body.write(chunk, 0, chunk.length);
      } else if (!fourcc.equals("EXIF") && !fourcc.equals("XMP ")) {
        body.write(in, i, end - i);
      }
      i = end;
    }
    byte[] b = body.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 8);
    out.write('R');
    out.write('I');
    out.write('F');
    out.write('F');
    int n = b.length;
    out.write(n & 0xFF);
    out.write((n >>> 8) & 0xFF);
    out.write((n >>> 16) & 0xFF);
    out.write((n >>> 24) & 0xFF);
    out.write(b, 0, n);
    return out.toByteArray();
  }

  private static boolean startsWith(byte[] in, int offset, int length, String ascii) {
    if (length < ascii.length() || offset + ascii.length() > in.length) {
      return false;
    }
    for (int k = 0; k < ascii.length(); k++) {
      if (in[offset + k] != (byte) ascii.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int u8(byte[] b, int i) {
    return b[i] & 0xFF;
  }

  private static int u16(byte[] b, int i) {
    return (u8(b, i) << 8) | u8(b, i + 1);
  }

  private static long u32(byte[] b, int i) {
    return ((long) u8(b, i) << 24) | ((long) u8(b, i + 1) << 16) | ((long) u8(b, i + 2) << 8) | u8(b, i + 3);
  }

  private static long u32le(byte[] b, int i) {
    return ((long) u8(b, i + 3) << 24) | ((long) u8(b, i + 2) << 16) | ((long) u8(b, i + 1) << 8) | u8(b, i);
  }
}
