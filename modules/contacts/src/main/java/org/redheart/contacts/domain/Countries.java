package org.redheart.contacts.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * One spelling per country: names in English or Bangla (the JDK's own display names), ISO 3166
 * alpha-2 and alpha-3 codes and common aliases ("UK", "USA", "America", "Holland", "আমেরিকা") map
 * to the alpha-2 code, compared without case, accents or punctuation. A country's default time
 * zone is the first one tzdata's {@code zone.tab} lists for it ({@code country-zones.properties},
 * generated from {@code /usr/share/zoneinfo/zone.tab}), except where that zone is not where most
 * people live (Australia, Brazil, Canada, Russia, Ukraine, Uzbekistan).
 */
public final class Countries {
  private Countries() {}

  private static final Locale BANGLA = new Locale("bn");

  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("uk", "GB"), Map.entry("britain", "GB"), Map.entry("greatbritain", "GB"),
      Map.entry("england", "GB"), Map.entry("scotland", "GB"), Map.entry("wales", "GB"),
      Map.entry("northernireland", "GB"), Map.entry("unitedkingdomofgreatbritainandnorthernireland", "GB"),
      Map.entry("us", "US"), Map.entry("usa", "US"), Map.entry("america", "US"),
      Map.entry("unitedstatesofamerica", "US"), Map.entry("unitedstates", "US"),
      Map.entry("holland", "NL"), Map.entry("thenetherlands", "NL"),
      Map.entry("burma", "MM"), Map.entry("ivorycoast", "CI"), Map.entry("czechrepublic", "CZ"),
      Map.entry("swaziland", "SZ"), Map.entry("macedonia", "MK"), Map.entry("turkiye", "TR"),
      Map.entry("korea", "KR"), Map.entry("southkorea", "KR"), Map.entry("northkorea", "KP"),
      Map.entry("russia", "RU"), Map.entry("iran", "IR"), Map.entry("syria", "SY"), Map.entry("vietnam", "VN"),
      Map.entry("laos", "LA"), Map.entry("bolivia", "BO"), Map.entry("venezuela", "VE"), Map.entry("tanzania", "TZ"),
      Map.entry("moldova", "MD"), Map.entry("uae", "AE"), Map.entry("emirates", "AE"), Map.entry("ksa", "SA"),
      Map.entry("saudi", "SA"), Map.entry("palestine", "PS"), Map.entry("vatican", "VA"), Map.entry("easttimor", "TL"),
      Map.entry("capeverde", "CV"), Map.entry("drc", "CD"), Map.entry("drcongo", "CD"),
      Map.entry("democraticrepublicofthecongo", "CD"), Map.entry("congokinshasa", "CD"),
      Map.entry("congobrazzaville", "CG"), Map.entry("hongkong", "HK"), Map.entry("taiwan", "TW"),
      Map.entry("bangladesh", "BD"), Map.entry("bd", "BD"), Map.entry("deutschland", "DE"), Map.entry("espana", "ES"),
      Map.entry("আমেরিকা", "US"), Map.entry("যুক্তরাষ্ট্র", "US"), Map.entry("ইংল্যান্ড", "GB"),
      Map.entry("ব্রিটেন", "GB"), Map.entry("ইন্ডিয়া", "IN"), Map.entry("হল্যান্ড", "NL"), Map.entry("বার্মা", "MM"),
      Map.entry("মিয়ানমার", "MM"));

  /** Where the first zone of zone.tab is not where most people of the country live. */
  private static final Map<String, String> ZONE_OVERRIDES = Map.of(
      "AU", "Australia/Sydney", "BR", "America/Sao_Paulo", "CA", "America/Toronto",
      "RU", "Europe/Moscow", "UA", "Europe/Kyiv", "UZ", "Asia/Tashkent");

  private static final Set<String> CODES = Set.of(Locale.getISOCountries());
  private static final Map<String, String> LOOKUP = buildLookup();
  private static final Properties ZONES = loadZones();

  /** The ISO alpha-2 code of a country name (English or Bangla), code or alias; empty when unknown or blank. */
  public static Optional<String> code(String nameOrCode) {
    if (nameOrCode == null || nameOrCode.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(LOOKUP.get(key(nameOrCode)));
  }

  /**
   * The ISO code of the country of a place as people write it: a country ("Spain"), or a place whose
   * last comma-separated part is its country ("Dhaka, Bangladesh", "Alexandria, VA, USA"); a remark
   * in parentheses is left out ("Alexandria, USA (based in the UK)" is the USA). Empty when unknown.
   */
  public static Optional<String> codeOfPlace(String place) {
    if (place == null || place.isBlank()) {
      return Optional.empty();
    }
    String text = place.replaceAll("\\([^)]*\\)", " ").strip();
    Optional<String> whole = code(text);
    if (whole.isPresent()) {
      return whole;
    }
    int comma = text.lastIndexOf(',');
    return comma < 0 ? Optional.empty() : code(text.substring(comma + 1));
  }

  /** The English name of a code ("Bangladesh"); the code itself when unknown. */
  public static String name(String code) {
    if (code == null) {
      return null;
    }
    String c = code.toUpperCase(Locale.ROOT);
    return CODES.contains(c) ? new Locale("", c).getDisplayCountry(Locale.ENGLISH) : code;
  }

  /** The Bangla name of a code. */
  public static String nameBn(String code) {
    if (code == null) {
      return null;
    }
    String c = code.toUpperCase(Locale.ROOT);
    return CODES.contains(c) ? new Locale("", c).getDisplayCountry(BANGLA) : code;
  }

  /** The time zone most people of the country live in (the first of tzdata's zone.tab). */
  public static Optional<String> defaultZone(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.toUpperCase(Locale.ROOT);
    return Optional.ofNullable(ZONE_OVERRIDES.getOrDefault(c, ZONES.getProperty(c)));
  }

  static String key(String text) {
    String folded = Names.fold(text.replace("&", " and "));
    if (folded.startsWith("the ")) {
      folded = folded.substring(4);
    }
    StringBuilder sb = new StringBuilder();
    folded.codePoints().filter(cp -> Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static Map<String, String> buildLookup() {
    Map<String, String> map = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      for (Locale in : new Locale[] {Locale.ENGLISH, BANGLA}) {
        String name = country.getDisplayCountry(in);
        map.putIfAbsent(key(name), code);
        int paren = name.indexOf('(');
        if (paren > 0 && name.endsWith(")")) {
          map.putIfAbsent(key(name.substring(0, paren)), code);
          map.putIfAbsent(key(name.substring(paren + 1, name.length() - 1)), code);
        }
      }
      map.put(key(code), code);
      try {
        map.putIfAbsent(key(country.getISO3Country()), code);
      } catch (java.util.MissingResourceException e) {
        // no alpha-3 code known for this one
      }
    }
    ALIASES.forEach((alias, code) -> map.putIfAbsent(key(alias), code));
    return Map.copyOf(map);
  }

  private static Properties loadZones() {
    Properties p = new Properties();
    try (InputStream in = Countries.class.getResourceAsStream("country-zones.properties")) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
