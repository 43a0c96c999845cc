package org.redheart.contacts.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names in three forms: as shown ({@link #clean}), as searched ({@link #fold}) and as grouped for
 * duplicate detection ({@link #blockingKey}).
 *
 * <p>Folding removes only the Latin combining marks (U+0300–U+036F): Bangla vowel signs, the
 * hasanta and the nukta are combining marks too, and removing them would turn one name into
 * another. The two spellings of khanda-ta (U+09CE, and ta + hasanta + zero-width joiner) fold
 * alike, and zero-width (non-)joiners vanish, so that text typed on different keyboards matches.
 */
public final class Names {
  private Names() {}

  private static final String KHANDA_TA = "\u09CE";
  private static final String KHANDA_TA_OLD = "\u09A4\u09CD\u200D";

  /** Punctuation kept between two letters of a word ("o'brien", "jean-luc", "a.k.m"). */
  private static final String WORD_INNER = "'-.";

  /** Words that say nothing about who someone is. */
  private static final Set<String> HONORIFICS =
      Set.of("dr", "mr", "mrs", "ms", "miss", "prof", "professor", "engr", "adv", "sir", "madam", "mst");

  /** Abbreviations written for a whole name. */
  private static final Map<String, String> ABBREVIATIONS = Map.of("md", "mohammad", "mohd", "mohammad");

  /** The display form: trimmed, runs of white space as one space, NFC; null when nothing is left. */
  public static String clean(String name) {
    if (name == null) {
      return null;
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFC).replace("\uFEFF", "");
    s = collapseSpaces(s);
    return s.isEmpty() ? null : s;
  }

  /**
   * The search form: Latin accents removed, lower case, khanda-ta unified, zero-width characters
   * removed, punctuation turned into spaces unless it joins two letters of a word, white space
   * collapsed. Never null (empty for null input).
   */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '\u0300' || c > '\u036F') {
        sb.append(c);
      }
    }
    s = Normalizer.normalize(sb, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    s = s.replace(KHANDA_TA_OLD, KHANDA_TA);
    s = s.replace("\u2019", "'").replace("\u02BC", "'").replace("\u2010", "-").replace("\u2011", "-");
    StringBuilder out = new StringBuilder(s.length());
    int[] cps = s.codePoints()
        .filter(cp -> cp != 0x200C && cp != 0x200D && cp != 0xFEFF && cp != 0x200B && cp != 0x00AD && cp != 0x2060)
        .toArray();
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i];
      if (isWordChar(cp)) {
        out.appendCodePoint(cp);
      } else if (WORD_INNER.indexOf(cp) >= 0
          && i > 0 && i + 1 < cps.length && isWordChar(cps[i - 1]) && isWordChar(cps[i + 1])) {
        out.appendCodePoint(cp);
      } else {
        out.append(' ');
      }
    }
    return collapseSpaces(out.toString());
  }

  /**
   * A key that similar spellings of a name share, for finding possible duplicates through an index
   * instead of comparing every pair: the folded words, each reduced to a skeleton (Latin: the first
   * letter and the consonants; Bangla: without vowel signs), sorted and joined. Null when the name
   * has no letters.
   *
   * <p>Latin skeleton: ß, æ, ø and kin spelt out, "ph" as f, "ch" as c, other c and q as k, z as j,
   * v as b, x as ks (common in romanised Bangla names); doubled letters as one; vowels, h, w and y
   * dropped after the first letter; a word that starts with a vowel starts with "a". Honorifics
   * (Dr, Mr, Mrs, Prof, …) are left out and "Md"/"Mohd" read as Mohammad.
   */
  public static String blockingKey(String name) {
    String folded = fold(name);
    if (folded.isEmpty()) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (String word : folded.split("[ .\\-]")) {
      String w = word.replace("'", "");
      if (w.isEmpty() || HONORIFICS.contains(w)) {
        continue;
      }
      w = ABBREVIATIONS.getOrDefault(w, w);
      String skeleton = isLatinWord(w) ? latinSkeleton(w) : banglaSkeleton(w);
      if (!skeleton.isEmpty()) {
        words.add(skeleton);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    words.sort(null);
    String key = String.join(" ", words);
    return key.length() > 120 ? key.substring(0, 120) : key;
  }

  static String latinSkeleton(String word) {
    String w = word.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
        .replace("đ", "d").replace("ð", "d").replace("ł", "l").replace("ı", "i").replace("þ", "th");
    // "ch" stays c (Chowdhury, Choudhury); any other c sounds like k or s: k
    w = w.replace("ph", "f").replace("ch", "C").replace("ck", "k").replace('c', 'k').replace('C', 'c')
        .replace("x", "ks").replace('q', 'k').replace('z', 'j').replace('v', 'b');
    StringBuilder sk = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (i > 0 && c == w.charAt(i - 1)) {
        continue;
      }
      if (i == 0) {
        sk.append("aeiou".indexOf(c) >= 0 ? 'a' : c);
      } else if ("aeiouhwy".indexOf(c) < 0) {
        sk.append(c);
      }
    }
    return sk.toString();
  }

  static String banglaSkeleton(String word) {
    StringBuilder sb = new StringBuilder();
    word.codePoints().forEach(cp -> {
      boolean vowelSign = (cp >= 0x09BE && cp <= 0x09CC) || cp == 0x09D7 || cp == 0x0981 || cp == 0x09CD;
      if (!vowelSign) {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }

  private static boolean isLatinWord(String word) {
    return word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || isMark(cp);
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  private static String collapseSpaces(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
