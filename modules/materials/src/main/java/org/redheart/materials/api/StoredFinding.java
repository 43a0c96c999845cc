package org.redheart.materials.api;

import org.redheart.safeguarding.api.Category;
import org.redheart.safeguarding.api.Severity;

/**
 * A safeguarding finding as kept with a version: category, severity, its position in the version's
 * text (-1 for a photo's finding, then {@code fileId} names the photo) and the masked excerpt;
 * never the matched text in full.
 */
public record StoredFinding(
    String id, Category category, Severity severity, int start, int end, String maskedExcerpt, String fileId) {
  public boolean high() {
    return severity == Severity.HIGH;
  }
}
