package org.redheart.meetings.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Suggests a breakout theme's code from its text, after the campaign's standard themes: A prevention
 * of child sexual abuse, exploitation and trafficking; B access to child protection for victims; C
 * reintegration of child victims. Any other theme gets the first code from D on that the meeting
 * does not use yet. A suggestion only: a person confirms it.
 */
public final class ThemeCodes {
  private ThemeCodes() {}

  /** The suggested code of a theme, given the codes the meeting's other groups have already. */
  public static String suggest(String theme, Set<String> taken) {
    String t = fold(theme);
    String standard = null;
    if (t.contains("reintegrat") || t.contains("পুনর্বাসন") || t.contains("পুনঃএকীকরণ")) {
      standard = "C";
    } else if (t.contains("access") && t.contains("protect") || t.contains("সুরক্ষায় প্রবেশ")) {
      standard = "B";
    } else if (t.contains("prevent") || t.contains("প্রতিরোধ")) {
      standard = "A";
    }
    if (standard != null && !taken.contains(standard)) {
      return standard;
    }
    for (char c = 'D'; c <= 'Z'; c++) {
      String code = String.valueOf(c);
      if (!taken.contains(code)) {
        return code;
      }
    }
    for (int n = 1; ; n++) {
      if (!taken.contains("Z" + n)) {
        return "Z" + n;
      }
    }
  }

  private static String fold(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[\\u0300-\\u036f]", "");
    return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
