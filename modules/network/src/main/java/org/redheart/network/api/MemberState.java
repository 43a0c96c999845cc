package org.redheart.network.api;

/** Whether a member belongs to the network now. A member who left may apply and join again. */
public enum MemberState {
  ACTIVE,
  LEFT
}
