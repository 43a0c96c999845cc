package org.redheart.materials.domain;

import java.time.LocalDate;
import org.redheart.platform.api.InvalidInput;

/**
 * A post's figures on a day, checked: at least one figure, none negative, the day neither in the
 * future nor before the post was published. A null figure is "not recorded" (never a zero).
 */
public record Figures(LocalDate takenOn, Long reactions, Long comments, Long shares, Long reach, Long engagedUsers) {

  /** The figures, checked against today and the post's publication day (null: unknown). */
  public static Figures checked(LocalDate takenOn, Long reactions, Long comments, Long shares, Long reach,
      Long engagedUsers, LocalDate today, LocalDate publishedOn) {
    if (takenOn == null) {
      throw new InvalidInput("takenOn", "is required");
    }
    if (takenOn.isAfter(today)) {
      throw new InvalidInput("takenOn", "is in the future");
    }
    if (publishedOn != null && takenOn.isBefore(publishedOn)) {
      throw new InvalidInput("takenOn", "is before the post was published (" + publishedOn + ")");
    }
    nonNegative("reactions", reactions);
    nonNegative("comments", comments);
    nonNegative("shares", shares);
    nonNegative("reach", reach);
    nonNegative("engagedUsers", engagedUsers);
    Figures f = new Figures(takenOn, reactions, comments, shares, reach, engagedUsers);
    if (!f.any()) {
      throw new InvalidInput("reactions", "at least one figure is required");
    }
    return f;
  }

  /** Whether any figure is recorded. */
  public boolean any() {
    return reactions != null || comments != null || shares != null || reach != null || engagedUsers != null;
  }

  private static void nonNegative(String field, Long value) {
    if (value != null && value < 0) {
      throw new InvalidInput(field, "must not be negative");
    }
  }
}
