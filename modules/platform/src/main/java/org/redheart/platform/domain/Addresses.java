package org.redheart.platform.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.redheart.platform.api.Tokens;

/** E-mail addresses: the check on input, and the normalised hash kept on the suppression list. */
public final class Addresses {
  private static final Pattern SIMPLE = Pattern.compile("^[^@\\s<>()\\[\\],;:\"\\\\]+@[^@\\s<>()\\[\\],;:\"\\\\]+\\.[^@\\s<>()\\[\\],;:\"\\\\]+$");

  private Addresses() {}

  /** A plain address (no display name, no control characters), at most 320 characters. */
  public static boolean isValid(String address) {
    return address != null && address.length() <= 320 && SIMPLE.matcher(address.strip()).matches()
        && address.strip().chars().allMatch(c -> c >= 0x20 && c != 0x7f);
  }

  public static String normalise(String address) {
    return address.strip().toLowerCase(Locale.ROOT);
  }

  public static String hash(String address) {
    return Tokens.sha256Hex(normalise(address));
  }
}
