package org.redheart.contacts.domain;

import org.redheart.contacts.api.Consent;

/** Which consent decision stands when two contacts become one. */
public final class ConsentRules {
  private ConsentRules() {}

  /**
   * The decision the survivor of a merge keeps for a purpose: the one recorded later (a withdrawal
   * after a grant wins, and so does a grant after a withdrawal); on a tie, the withdrawal, since
   * mail must not go to someone who may have said no. Either may be null (nothing recorded).
   */
  public static Consent newer(Consent survivor, Consent merged) {
    if (survivor == null) {
      return merged;
    }
    if (merged == null) {
      return survivor;
    }
    int cmp = merged.recordedAt().compareTo(survivor.recordedAt());
    if (cmp > 0) {
      return merged;
    }
    if (cmp < 0) {
      return survivor;
    }
    return survivor.granted() ? merged : survivor;
  }
}
