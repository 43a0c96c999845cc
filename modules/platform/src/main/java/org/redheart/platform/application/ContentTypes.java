package org.redheart.platform.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * The type of a file as its bytes say, never its name: Apache Tika's magic-byte detection, refined
 * for Office Open XML containers (a zip whose parts say whether it is Word, Excel or PowerPoint).
 * Macro-carrying Office files are reported as such.
 */
final class ContentTypes {
  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  static final String MACRO_OFFICE = "application/vnd.ms-office.macroEnabled";

  private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();

  private ContentTypes() {}

  /** The detected base type, such as {@code image/png}, {@code application/x-msdownload}. */
  static String detect(Path file) throws IOException {
    MediaType type;
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
      type = MAGIC.detect(in, new Metadata()); // no name in the metadata: content only
    }
    String base = type.getBaseType().toString();
    if (base.equals("application/zip") || base.equals("application/x-tika-ooxml")) {
      return officeType(file, base);
    }
    return base;
  }

  private static String officeType(Path file, String fallback) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.getEntry("[Content_Types].xml") == null) {
        return fallback;
      }
      boolean macros = zip.stream().map(ZipEntry::getName).anyMatch(n -> n.toLowerCase().endsWith("vbaproject.bin"));
      if (macros) {
        return MACRO_OFFICE;
      }
      if (zip.getEntry("word/document.xml") != null) {
        return DOCX;
      }
      if (zip.getEntry("xl/workbook.xml") != null) {
        return XLSX;
      }
      if (zip.getEntry("ppt/presentation.xml") != null) {
        return PPTX;
      }
      return fallback;
    } catch (IOException e) {
      return fallback;
    }
  }

  /** Words for a detected type in an error message. */
  static String describe(String type) {
    return switch (type) {
      case "application/x-msdownload", "application/x-dosexec", "application/x-executable", "application/x-sharedlib",
          "application/x-mach-o-executable", "application/x-elf", "application/java-archive", "application/x-sh",
          "application/x-bat", "application/x-msdos-program" -> "an executable program (" + type + ")";
      case MACRO_OFFICE -> "an Office file with macros";
      case "application/octet-stream" -> "of an unknown type";
      default -> type;
    };
  }
}
