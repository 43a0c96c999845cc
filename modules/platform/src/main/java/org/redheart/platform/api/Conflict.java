package org.redheart.platform.api;

/** The request cannot be applied to the current state (a task already completed, a name taken). */
public class Conflict extends RuntimeException {
  public Conflict(String message) {
    super(message);
  }
}
