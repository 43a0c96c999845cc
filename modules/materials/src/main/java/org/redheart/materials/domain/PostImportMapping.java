package org.redheart.materials.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.redheart.materials.api.PostImport;
import org.redheart.materials.api.PostImportField;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.InvalidInput;

/**
 * The mapping of an import's columns to {@link PostImportField}s: {@code "FIELD"} for the first post
 * of a row, {@code "FIELD#2"} … for the next ones. Guessed from the header's words (English and
 * Bangla; a number in the header, such as "Reactions 2", names the post of the row), and checked
 * when a person edits it.
 */
public final class PostImportMapping {
  public static final int MAX_GROUPS = 20;

  /** Header words per field, in the order they are tried (the specific before the general). */
  private static final Map<PostImportField, List<String>> WORDS = new LinkedHashMap<>();

  static {
    WORDS.put(PostImportField.ENGAGED_USERS, List.of("engaged", "engagement", "সম্পৃক্ত"));
    WORDS.put(PostImportField.REACTIONS, List.of("reaction", "like", "প্রতিক্রিয়া", "রিঅ্যাকশন", "লাইক"));
    WORDS.put(PostImportField.COMMENTS, List.of("comment", "মন্তব্য", "কমেন্ট"));
    WORDS.put(PostImportField.SHARES, List.of("share", "শেয়ার", "শেয়ার"));
    WORDS.put(PostImportField.REACH, List.of("reach", "impression", "পৌঁছ", "পৌঁছ", "রিচ"));
    WORDS.put(PostImportField.TAKEN_ON, List.of("taken", "as of", "measured", "snapshot", "figures date",
        "recorded on", "সংগ্রহের তারিখ", "হিসাবের তারিখ"));
    WORDS.put(PostImportField.PERMALINK, List.of("permalink", "link", "url", "address", "লিংক", "লিঙ্ক"));
    WORDS.put(PostImportField.MEETING, List.of("meeting", "সভা"));
    WORDS.put(PostImportField.PUBLISHED_ON, List.of("date", "published", "posted", "তারিখ", "প্রকাশ"));
    WORDS.put(PostImportField.TEXT, List.of("text", "message", "content", "caption", "post", "লেখা", "বার্তা",
        "পোস্ট"));
  }

  private PostImportMapping() {}

  /** The mapping the header suggests. */
  public static Map<String, Integer> guess(List<String> header) {
    Map<String, Integer> mapping = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = Digits.toAscii(header.get(i)).toLowerCase(Locale.ROOT).strip();
      int group = groupOf(h);
      String words = h.replaceAll("[0-9]+", " ").replaceAll("[_\\-()#.:]+", " ").strip();
      for (Map.Entry<PostImportField, List<String>> e : WORDS.entrySet()) {
        if (e.getValue().stream().anyMatch(words::contains)) {
          mapping.putIfAbsent(key(e.getKey(), group), i);
          break;
        }
      }
    }
    return mapping;
  }

  private static int groupOf(String header) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]+)").matcher(header);
    if (m.find()) {
      try {
        int n = Integer.parseInt(m.group(1));
        return n >= 1 && n <= MAX_GROUPS ? n : 1;
      } catch (NumberFormatException e) {
        return 1;
      }
    }
    return 1;
  }

  public static String key(PostImportField field, int group) {
    return group == 1 ? field.name() : field.name() + "#" + group;
  }

  /** The mapping checked against the header: known fields, groups 1 to 20, columns that exist. */
  public static Map<String, Integer> checked(Map<String, Integer> mapping, int columns) {
    if (mapping == null) {
      throw new InvalidInput("mapping", "is required");
    }
    Map<String, Integer> out = new TreeMap<>();
    for (Map.Entry<String, Integer> e : mapping.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      Key k = parse(e.getKey());
      if (e.getValue() < 0 || e.getValue() >= columns) {
        throw new InvalidInput("mapping", e.getKey() + " maps to column " + e.getValue() + ", which the file does not have");
      }
      out.put(key(k.field(), k.group()), e.getValue());
    }
    return out;
  }

  /** A mapping key parsed: its field and group. */
  public record Key(PostImportField field, int group) {}

  public static Key parse(String key) {
    String k = key == null ? "" : key.strip().toUpperCase(Locale.ROOT);
    int hash = k.indexOf('#');
    String name = hash < 0 ? k : k.substring(0, hash);
    int group = 1;
    if (hash >= 0) {
      try {
        group = Integer.parseInt(k.substring(hash + 1));
      } catch (NumberFormatException e) {
        group = -1;
      }
    }
    if (group < 1 || group > MAX_GROUPS || Arrays.stream(PostImportField.values()).noneMatch(f -> f.name().equals(name))) {
      throw new InvalidInput("mapping", "has " + key + ", which is not a field (FIELD or FIELD#2 … FIELD#" + MAX_GROUPS + ")");
    }
    return new Key(PostImportField.valueOf(name), group);
  }

  /** The groups (posts of a row) the mapping uses, in order. */
  public static List<Integer> groups(Map<String, Integer> mapping) {
    return mapping.keySet().stream().map(k -> parse(k).group()).distinct().sorted().toList();
  }

  /** Problems of the mapping itself (reported on row 1, the header): required fields left unmapped. */
  public static List<PostImport.Problem> missing(PostImport.Kind kind, Map<String, Integer> mapping) {
    List<PostImport.Problem> problems = new ArrayList<>();
    List<Integer> groups = groups(mapping);
    if (groups.isEmpty()) {
      problems.add(new PostImport.Problem(1, PostImportField.PERMALINK.name(), "no column is mapped to it"));
      return problems;
    }
    List<PostImportField> required = kind == PostImport.Kind.HISTORICAL_POSTS
        ? List.of(PostImportField.PUBLISHED_ON, PostImportField.PERMALINK)
        : List.of(PostImportField.PERMALINK);
    for (int g : groups) {
      for (PostImportField f : required) {
        if (!mapping.containsKey(key(f, g))) {
          problems.add(new PostImport.Problem(1, key(f, g), "no column is mapped to it"));
        }
      }
    }
    return problems;
  }

  static String encode(Map<String, Integer> mapping) {
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(mapping).forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ";").append(k).append('=').append(v));
    return sb.toString();
  }

  static Map<String, Integer> decode(String text) {
    Map<String, Integer> m = new TreeMap<>();
    if (text == null || text.isEmpty()) {
      return m;
    }
    for (String part : text.split(";")) {
      int eq = part.indexOf('=');
      m.put(part.substring(0, eq), Integer.parseInt(part.substring(eq + 1)));
    }
    return m;
  }

  /** The header as stored: cells joined by a unit separator, clipped so that it fits the column. */
  static String encodeHeader(List<String> header) {
    StringBuilder sb = new StringBuilder();
    for (String h : header) {
      String cell = h.replace('\u001F', ' ');
      cell = cell.length() > 90 ? cell.substring(0, 90) : cell;
      sb.append(sb.isEmpty() ? "" : "\u001F").append(cell);
    }
    return sb.toString();
  }

  static List<String> decodeHeader(String text) {
    return text.isEmpty() ? List.of("") : List.of(text.split("\u001F", -1));
  }
}
