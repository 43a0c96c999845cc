package org.redheart.materials.application;

import java.util.Collection;
import java.util.Map;

/**
 * What concerns need from the process engine: one {@code SafeguardingConcernProcess} per concern
 * (business key: the concern's id; variable: {@code concernId} only). Implemented in {@code process}.
 */
public interface ConcernEngine {

  /**
   * Starts the concern's process in the caller's transaction: the leads are told and a material is
   * withdrawn before this returns.
   */
  void start(String concernId);

  /** Completes the concern's open "record the referral" task, as the given user. */
  void referralRecorded(String concernId, String userId);

  /** Completes the concern's open "close the concern" task, as the given user. */
  void closed(String concernId, String userId);

  /** The open task of each concern that has one, by concern id. */
  Map<String, String> openTasks(Collection<String> concernIds);
}
