package org.redheart.contacts.domain;

import java.util.Map;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.InvalidInput;

/**
 * Phone numbers as stored: ASCII digits with a leading {@code +} when the country calling code is
 * known. Bengali digits, spaces, dashes, dots, slashes and brackets are accepted on entry. A
 * national number with a trunk prefix ({@code 01711-123456} in Bangladesh) becomes international
 * ({@code +8801711123456}) when the contact's country is known.
 */
public final class Phones {
  private Phones() {}

  /** Calling codes of countries whose national numbers start with a trunk prefix 0. */
  private static final Map<String, String> TRUNK_ZERO = Map.ofEntries(
      Map.entry("BD", "880"), Map.entry("IN", "91"), Map.entry("PK", "92"), Map.entry("NP", "977"),
      Map.entry("LK", "94"), Map.entry("GB", "44"), Map.entry("DE", "49"), Map.entry("FR", "33"),
      Map.entry("NL", "31"), Map.entry("AU", "61"), Map.entry("MY", "60"), Map.entry("TH", "66"),
      Map.entry("JP", "81"), Map.entry("KR", "82"), Map.entry("CH", "41"), Map.entry("SE", "46"),
      Map.entry("TR", "90"), Map.entry("ID", "62"), Map.entry("PH", "63"), Map.entry("MM", "95"));

  /**
   * The normalised number.
   *
   * @param countryCode the contact's ISO country code, or null (then Bangladesh, where the campaign works)
   * @throws InvalidInput on field {@code phone} for letters or fewer than 6 or more than 15 digits
   */
  public static String normalise(String phone, String countryCode) {
    return normalise(phone, countryCode, "phone");
  }

  public static String normalise(String phone, String countryCode, String field) {
    if (phone == null || phone.isBlank()) {
      throw new InvalidInput(field, "a phone number is required");
    }
    String s = Digits.toAscii(phone.strip());
    boolean international = false;
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '+' && digits.isEmpty() && !international) {
        international = true;
      } else if (" -.()/\u00A0\u2010\u2011\u2012\u2013".indexOf(c) < 0) {
        throw new InvalidInput(field, "'" + phone.strip() + "' is not a phone number (only digits, spaces, dashes and brackets)");
      }
    }
    String d = digits.toString();
    if (!international && d.startsWith("00")) {
      international = true;
      d = d.substring(2);
    }
    String country = countryCode == null || countryCode.isBlank() ? "BD" : countryCode.toUpperCase(java.util.Locale.ROOT);
    if (!international) {
      String cc = TRUNK_ZERO.get(country);
      if ("BD".equals(country) && d.length() == 13 && d.startsWith("8801")) {
        international = true;
      } else if (cc != null && d.startsWith("0") && d.length() >= 7) {
        d = cc + d.substring(1);
        international = true;
      } else if (("US".equals(country) || "CA".equals(country)) && d.length() == 10) {
        d = "1" + d;
        international = true;
      }
    }
    if (d.length() < 6 || d.length() > 15) {
      throw new InvalidInput(field,
          "'" + phone.strip() + "' has " + d.length() + " digits; a phone number has 6 to 15");
    }
    return international ? "+" + d : d;
  }
}
