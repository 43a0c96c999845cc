package org.redheart.app.security;

/** Names of what the app keeps in a signed-in user's HTTP session (ids only). */
public final class Sessions {
  private Sessions() {}

  /** The signed-in user's id. */
  public static final String USER_ID = "rh.userId";
  /** The CSRF token that cookie-authenticated REST calls must send in {@link #CSRF_HEADER}. */
  public static final String CSRF_TOKEN = "rh.csrf";

  public static final String CSRF_HEADER = "X-CSRF-Token";
  /** Request attribute: how the request was authenticated ("session" or "token"). */
  public static final String AUTH_KIND = "rh.authKind";
}
