package org.redheart.safeguarding.api;

import java.util.Map;
import java.util.Objects;

/** Metadata of an attached image (EXIF-like tags such as GPSLatitude, Make, Model, DateTimeOriginal). */
public record ImageMetadata(String fileName, Map<String, String> tags) {
  public ImageMetadata {
    Objects.requireNonNull(fileName, "fileName");
    tags = tags == null ? Map.of() : Map.copyOf(tags);
  }
}
