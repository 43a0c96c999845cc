package org.redheart.contacts.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 64 districts of Bangladesh ({@code districts.txt}): an English or Bangla name, or an older
 * spelling (Chittagong, Comilla, Barisal, Jessore, Bogra), becomes the canonical English name.
 * Compared without case, accents, spaces or punctuation, and without a trailing "district",
 * "zila" or "জেলা". A name that is not a district of Bangladesh (a district abroad, a typo) is kept
 * as entered, cleaned.
 */
public final class Districts {
  private Districts() {}

  private static final List<String> CANONICAL = new ArrayList<>();
  private static final Map<String, String> LOOKUP = load();

  /** The canonical English name, or the cleaned input when it is no district of Bangladesh; null for blank. */
  public static String normalise(String district) {
    String cleaned = Names.clean(district);
    if (cleaned == null) {
      return null;
    }
    return LOOKUP.getOrDefault(key(cleaned), cleaned);
  }

  /** Whether the name is (a spelling of) a district of Bangladesh. */
  public static boolean isKnown(String district) {
    String cleaned = Names.clean(district);
    return cleaned != null && LOOKUP.containsKey(key(cleaned));
  }

  /** The 64 canonical English names, in the order of the list (by division). */
  public static List<String> all() {
    return List.copyOf(CANONICAL);
  }

  static String key(String text) {
    String k = Countries.key(text);
    for (String suffix : new String[] {"district", "zila", "zilla", "জেলা"}) {
      if (k.endsWith(suffix) && k.length() > suffix.length()) {
        k = k.substring(0, k.length() - suffix.length());
      }
    }
    return k;
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    try (InputStream in = Districts.class.getResourceAsStream("districts.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] names = line.split("\\|");
        String canonical = names[0].strip();
        CANONICAL.add(canonical);
        for (String name : names) {
          map.putIfAbsent(key(name.strip()), canonical);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
