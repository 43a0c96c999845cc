package org.redheart.platform.api;

/** An upload above the size limit: refused as soon as that is known, nothing kept (REST: 413). */
public class FileTooLarge extends InvalidInput {
  private final long limit;

  public FileTooLarge(long limit) {
    super("file", "is larger than the limit of " + describe(limit));
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }

  /** "20 MB", "512 KB", "100 bytes". */
  public static String describe(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return bytes + " bytes";
  }
}
