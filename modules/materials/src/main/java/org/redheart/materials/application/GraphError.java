package org.redheart.materials.application;

import java.util.Set;

/**
 * An error answered by the Graph API ({@code {"error":{"message","type","code","error_subcode",
 * "fbtrace_id"}}}), or a failure to reach it (code null).
 */
public class GraphError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Rate limits: application (4), user (17), page (32), too many calls on a feature (613). */
  public static final Set<Integer> RATE_LIMITS = Set.of(4, 17, 32, 613);
  /** The access token is invalid or expired. */
  public static final int TOKEN_INVALID = 190;
  /** Blocked as abusive. */
  public static final int BLOCKED_AS_ABUSIVE = 368;

  private final Integer code;
  private final Integer subcode;
  private final String traceId;

  public GraphError(Integer code, Integer subcode, String message, String traceId) {
    super(message);
    this.code = code;
    this.subcode = subcode;
    this.traceId = traceId;
  }

  public Integer code() {
    return code;
  }

  public Integer subcode() {
    return subcode;
  }

  public String traceId() {
    return traceId;
  }

  public boolean rateLimited() {
    return code != null && RATE_LIMITS.contains(code);
  }

  public boolean tokenInvalid() {
    return code != null && code == TOKEN_INVALID;
  }
}
