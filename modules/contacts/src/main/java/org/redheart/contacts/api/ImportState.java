package org.redheart.contacts.api;

/** Where an import stands: parsing, previewed (ready to commit or fix), committing, and its ends. */
public enum ImportState {
  PARSING,
  PREVIEWED,
  COMMITTING,
  COMMITTED,
  DISCARDED,
  FAILED;

  public boolean busy() {
    return this == PARSING || this == COMMITTING;
  }
}
