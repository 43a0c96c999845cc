package org.redheart.platform.api;

/** The caller is known but may not do this (role or ownership). */
public class Forbidden extends RuntimeException {
  public Forbidden(String message) {
    super(message);
  }
}
