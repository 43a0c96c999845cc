package org.redheart.materials.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The content of a version as one string, and its SHA-256: the text, then each file (by id) with the
 * SHA-256 of its bytes. The audit log hashes the same string, so its entries carry the same hash.
 */
public final class ContentHash {
  private ContentHash() {}

  /** A file as the hash sees it. */
  public record FilePart(String fileId, String sha256) {}

  public static String canonical(String text, List<FilePart> files) {
    StringBuilder sb = new StringBuilder(text == null ? "" : text);
    files.stream().sorted(Comparator.comparing(FilePart::fileId)).forEach(f ->
        sb.append("\u0000file:").append(f.fileId()).append(':').append(f.sha256() == null ? "" : f.sha256()));
    return sb.toString();
  }

  public static String of(String text, List<FilePart> files) {
    return sha256(canonical(text, files));
  }

  public static String sha256(String value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
