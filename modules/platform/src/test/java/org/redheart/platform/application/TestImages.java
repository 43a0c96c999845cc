package org.redheart.platform.application;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Images made in the test: a photo with GPS EXIF, a PNG with a text chunk, executables. */
final class TestImages {
  private TestImages() {}

  static byte[] picture(String format) throws IOException {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xB3, 0x13, 0x2B));
    g.fillRect(8, 8, 40, 24);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  /** A JPEG taken "in Dhaka": GPS position in its EXIF block (written with Commons Imaging). */
  static byte[] jpegWithGps() throws Exception {
    TiffOutputSet exif = new TiffOutputSet();
    exif.setGpsInDegrees(90.4125, 23.8103);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExifRewriter().updateExifMetadataLossless(picture("jpg"), out, exif);
    return out.toByteArray();
  }

  /** A PNG with a tEXt chunk ("Author" / a name) before IEND. */
  static byte[] pngWithText() throws IOException {
    byte[] png = picture("png");
    byte[] data = "Author\0Rahima Begum, Dhaka".getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.ISO_8859_1)).put(data);
    CRC32 crc = new CRC32();
    crc.update(chunk.array(), 4, 4 + data.length);
    chunk.putInt((int) crc.getValue());
    int iend = png.length - 12;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, iend);
    out.write(chunk.array());
    out.write(png, iend, 12);
    return out.toByteArray();
  }

  static byte[] elfExecutable() {
    byte[] b = new byte[256];
    byte[] head = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
    System.arraycopy(head, 0, b, 0, head.length);
    b[16] = 2; // ET_EXEC
    b[18] = 0x3E; // x86-64
    return b;
  }

  static byte[] windowsExecutable() {
    byte[] b = new byte[512];
    b[0] = 'M';
    b[1] = 'Z';
    b[0x3C] = (byte) 0x80; // e_lfanew
    b[0x80] = 'P';
    b[0x81] = 'E';
    return b;
  }
}
