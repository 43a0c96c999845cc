package org.redheart.safeguarding.api;

import java.util.List;
import java.util.Set;

/** What the check looks at: a text (English, Bangla or both), image metadata, and names known to be sensitive. */
public record CheckInput(String text, List<ImageMetadata> images, Set<String> sensitiveNames) {
  public CheckInput {
    text = text == null ? "" : text;
    images = images == null ? List.of() : List.copyOf(images);
    sensitiveNames = sensitiveNames == null ? Set.of() : Set.copyOf(sensitiveNames);
  }

  public static CheckInput ofText(String text) {
    return new CheckInput(text, List.of(), Set.of());
  }
}
