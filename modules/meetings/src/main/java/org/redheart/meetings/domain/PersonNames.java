package org.redheart.meetings.domain;

import java.text.Normalizer;
import java.util.Locale;

/** A person's name as a lookup key: case, accents and spacing do not count ("Zoé  Colpaert" = "zoe colpaert"). */
public final class PersonNames {
  private PersonNames() {}

  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[\\u0300-\\u036f]", "");
    return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }
}
