package org.redheart.contacts.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.redheart.platform.api.InvalidInput;

/**
 * E-mail addresses as stored for comparison: trimmed, without a {@code mailto:} prefix or angle
 * brackets, lower case. The whole address is lower-cased (the local part is case-sensitive in
 * theory, never in practice), so that one person's address cannot be entered twice in two spellings.
 */
public final class Emails {
  private Emails() {}

  private static final Pattern ADDRESS = Pattern.compile(
      "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})");

  /** The normalised address; {@link InvalidInput} on field {@code email} when it is not one. */
  public static String normalise(String address) {
    return normalise(address, "email");
  }

  /** The normalised address; {@link InvalidInput} on the given field when it is not one. */
  public static String normalise(String address, String field) {
    if (address == null || address.isBlank()) {
      throw new InvalidInput(field, "an e-mail address is required");
    }
    String s = Normalizer.normalize(address, Normalizer.Form.NFC).strip().replace("\uFEFF", "");
    if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
      s = s.substring(7).strip();
    }
    if (s.startsWith("<") && s.endsWith(">")) {
      s = s.substring(1, s.length() - 1).strip();
    }
    s = s.toLowerCase(Locale.ROOT);
    int at = s.lastIndexOf('@');
    if (s.length() > 254 || at < 1 || at > 64 || !ADDRESS.matcher(s).matches() || !strictlyValid(s)) {
      throw new InvalidInput(field, "'" + address.strip() + "' is not an e-mail address");
    }
    return s;
  }

  /** Whether the text is an e-mail address. */
  public static boolean isValid(String address) {
    try {
      normalise(address);
      return true;
    } catch (InvalidInput e) {
      return false;
    }
  }

  /** Jakarta Mail's strict parser, where it is on the class path; the pattern above decides otherwise. */
  private static boolean strictlyValid(String address) {
    try {
      new jakarta.mail.internet.InternetAddress(address, true).validate();
      return true;
    } catch (jakarta.mail.internet.AddressException e) {
      return false;
    } catch (LinkageError | RuntimeException e) {
      return true;
    }
  }
}
