package org.redheart.platform.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.redheart.platform.api.FileKind;
import org.redheart.platform.api.FileTooLarge;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.domain.FileNames;
import org.redheart.platform.domain.ImageMetadata;

/**
 * Takes an upload into the store's directory: counts bytes as they stream into a temporary file
 * and gives up past the limit, detects the type from the content, checks it against what the use
 * allows, strips image metadata, hashes what is kept and moves it under a server-generated name
 * ({@code files/<2 hex>/<uuid>}). Nothing is left behind when it refuses.
 */
final class FileIntake {

  /** What was written: the name under the root, the detected type, the size and the SHA-256. */
  record Taken(String id, String storageName, String name, String contentType, long size, String sha256) {}

  private final Path root;
  private final long maxBytes;

  FileIntake(Path root, long maxBytes) {
    this.root = root;
    this.maxBytes = maxBytes;
  }

  Path root() {
    return root;
  }

  long maxBytesLimit() {
    return maxBytes;
  }

  Taken take(InputStream content, long declaredLength, String declaredName, Set<FileKind> allowed) {
    if (declaredLength > maxBytes) {
      throw new FileTooLarge(maxBytes);
    }
    if (content == null) {
      throw new InvalidInput("file", "is required");
    }
    Path tmp = null;
    try {
      Path tmpDir = Files.createDirectories(root.resolve("tmp"));
      tmp = Files.createTempFile(tmpDir, "upload-", ".part");
      long size = copyAtMost(content, tmp);
      if (size == 0) {
        throw new InvalidInput("file", "is empty");
      }
      String type = ContentTypes.detect(tmp);
      if (allowed.stream().noneMatch(k -> k.accepts(type))) {
        String accepted = allowed.stream().map(FileKind::describe).collect(Collectors.joining(", "));
        throw new InvalidInput("file", "'" + FileNames.clean(declaredName)
            + "' is " + ContentTypes.describe(type) + ", judged by its content; accepted here: " + accepted);
      }
      String id = UUID.randomUUID().toString();
      String storageName = "files/" + id.substring(0, 2) + "/" + id;
      Path target = root.resolve(storageName);
      Files.createDirectories(target.getParent());
      byte[] kept;
      if (type.startsWith("image/")) {
        kept = strip(type, Files.readAllBytes(tmp));
        Files.write(tmp, kept);
      }
      String sha256 = sha256(tmp);
      long keptSize = Files.size(tmp);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
      String extension = FileKind.extensionOf(type).orElse("bin");
      return new Taken(id, storageName, FileNames.sanitise(declaredName, extension), type, keptSize, sha256);
    } catch (IOException e) {
      throw new UncheckedIOException("the file could not be stored", e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a leftover temporary file is harmless
        }
      }
    }
  }

  private static byte[] strip(String type, byte[] image) {
    try {
      return ImageMetadata.strip(type, image);
    } catch (ImageMetadata.DamagedImage e) {
      throw new InvalidInput("file", e.getMessage());
    }
  }

  /** Copies at most the limit; one byte more and the upload is refused without reading further. */
  private long copyAtMost(InputStream in, Path target) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(target)) {
      int n;
      while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - total))) > 0) {
        total += n;
        if (total > maxBytes) {
          throw new FileTooLarge(maxBytes);
        }
        out.write(buffer, 0, n);
      }
    }
    return total;
  }

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = Files.newInputStream(file);
          OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
        in.transferTo(out);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
