package org.redheart.safeguarding.api;

import java.util.Objects;

/**
 * One finding. {@code start}/{@code end} are char offsets in the text (-1 for image findings). The
 * masked excerpt never contains the matched text in full.
 */
public record Finding(Category category, Severity severity, int start, int end, String maskedExcerpt) {
  public Finding {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(maskedExcerpt, "maskedExcerpt");
  }
}
