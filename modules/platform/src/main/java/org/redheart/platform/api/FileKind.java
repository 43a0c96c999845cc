package org.redheart.platform.api;

import java.util.Map;
import java.util.Optional;

/**
 * What a use of the file store accepts, as content types detected from the bytes, each with the
 * file extension used when the file is served.
 */
public enum FileKind {
  /** Photos and pictures: JPEG, PNG, WebP (metadata stripped on upload). */
  IMAGE(Map.of("image/jpeg", "jpg", "image/png", "png", "image/webp", "webp")),
  /** Documents: PDF and Word (DOCX), spreadsheets (XLSX) and slides (PPTX). */
  DOCUMENT(Map.of(
      "application/pdf", "pdf",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx")),
  /**
   * Spreadsheets to import: XLSX, and CSV (text: detected as plain text, since CSV has no
   * signature; its reader checks the rest).
   */
  SPREADSHEET(Map.of(
      "text/csv", "csv",
      "text/plain", "csv",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"));

  private final Map<String, String> extensions;

  FileKind(Map<String, String> extensions) {
    this.extensions = extensions;
  }

  public boolean accepts(String contentType) {
    return extensions.containsKey(contentType);
  }

  /** The usual extension of an accepted content type. */
  public static Optional<String> extensionOf(String contentType) {
    for (FileKind kind : values()) {
      if (kind.extensions.containsKey(contentType)) {
        return Optional.of(kind.extensions.get(contentType));
      }
    }
    return Optional.empty();
  }

  /** The extensions this kind accepts, for messages ("jpg, png, webp"). */
  public String describe() {
    return String.join(", ", new java.util.TreeSet<>(extensions.values()));
  }
}
