package org.redheart.network.api;

/** Where a membership application stands: waiting for review, approved or declined. */
public enum ApplicationState {
  PENDING,
  APPROVED,
  DECLINED
}
