package org.redheart.platform.api;

/**
 * Secrets such as the link-signing key: the configured value when there is one, otherwise a random
 * value generated on first use and stored in the database, so that every instance shares it.
 */
public interface Secrets {
  /** The secret's bytes (at least 32). */
  byte[] get(String name);
}
