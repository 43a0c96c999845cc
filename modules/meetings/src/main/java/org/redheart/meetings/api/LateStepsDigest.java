package org.redheart.meetings.api;

import org.redheart.platform.api.Actor;

/**
 * The supervisors' daily digest of late steps: one mail per supervisor and day, listing the open steps
 * past their due date in the campaigns they supervise. A BPMN timer sends it every day at the
 * configured hour ({@code redheart.digest.hour-utc}, default 3, i.e. 09:00 in Dhaka).
 */
public interface LateStepsDigest {

  /**
   * Sends today's digests now, to supervisors who have not had today's yet (admins only: for tests
   * and for a digest missed while mail was down).
   *
   * @return how many digests went into the outbox
   * @throws org.redheart.platform.api.Forbidden unless the actor is an admin
   */
  int runNow(Actor actor);
}
