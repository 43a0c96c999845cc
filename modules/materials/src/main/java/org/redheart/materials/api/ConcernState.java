package org.redheart.materials.api;

/** A concern's life: raised (the safeguarding lead is told at once), referred, closed with an outcome. */
public enum ConcernState {
  RAISED,
  REFERRED,
  CLOSED
}
