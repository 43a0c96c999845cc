package org.redheart.safeguarding.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Word lists, regex patterns and the allow-list, from {@code safeguarding/} on the class path and,
 * optionally, the same layout in an extra directory that admins extend: {@code patterns.properties}
 * (extra keys are added, same keys replace), {@code allow-list.txt} and {@code en/NAME.txt},
 * {@code bn/NAME.txt} line files (extra lines are added). Lines starting with # are comments.
 */
public final class SafeguardingRules {
  public static final List<String> LANGUAGES = List.of("en", "bn");
  public static final List<String> LIST_NAMES = List.of(
      "abuse-verbs", "first-person", "pronouns", "generic-groups", "not-names", "school-words",
      "school-generic", "school-types", "sexualising", "child-terms", "prevention");
  private static final String BASE = "safeguarding/";

  private final Properties patterns;
  private final Map<String, List<String>> lists;
  private final List<String> allowList;

  private SafeguardingRules(Properties patterns, Map<String, List<String>> lists, List<String> allowList) {
    this.patterns = patterns;
    this.lists = lists;
    this.allowList = allowList;
  }

  /** Built-in rules merged with the files of {@code extraDir} (null or a missing directory: built-in only). */
  public static SafeguardingRules load(Path extraDir) {
    Path dir = extraDir != null && Files.isDirectory(extraDir) ? extraDir : null;
    Properties props = new Properties();
    readProperties(resource("patterns.properties"), props);
    if (dir != null && Files.isRegularFile(dir.resolve("patterns.properties"))) {
      try (InputStream in = Files.newInputStream(dir.resolve("patterns.properties"))) {
        readProperties(in, props);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (String lang : LANGUAGES) {
      for (String name : LIST_NAMES) {
        String rel = lang + "/" + name + ".txt";
        lists.put(lang + "/" + name, Collections.unmodifiableList(readLines(rel, dir)));
      }
    }
    List<String> allow = Collections.unmodifiableList(readLines("allow-list.txt", dir));
    return new SafeguardingRules(props, Collections.unmodifiableMap(lists), allow);
  }

  /** Pattern keys start with the category code, e.g. {@code PHONE.candidate}; sorted. */
  public Map<String, String> patterns(String prefix) {
    Map<String, String> out = new java.util.TreeMap<>();
    for (String key : patterns.stringPropertyNames()) {
      if (key.startsWith(prefix)) {
        out.put(key, patterns.getProperty(key).trim());
      }
    }
    return out;
  }

  public String pattern(String key) {
    String value = patterns.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("safeguarding pattern missing: " + key);
    }
    return value.trim();
  }

  public List<String> list(String lang, String name) {
    return lists.getOrDefault(lang + "/" + name, List.of());
  }

  public List<String> allowList() {
    return allowList;
  }

  private static InputStream resource(String rel) {
    return SafeguardingRules.class.getClassLoader().getResourceAsStream(BASE + rel);
  }

  private static void readProperties(InputStream in, Properties props) {
    if (in == null) {
      return;
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      props.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> readLines(String rel, Path dir) {
    List<String> out = new ArrayList<>();
    try (InputStream in = resource(rel)) {
      if (in != null) {
        addLines(new String(in.readAllBytes(), StandardCharsets.UTF_8), out);
      }
      if (dir != null && Files.isRegularFile(dir.resolve(rel))) {
        addLines(Files.readString(dir.resolve(rel), StandardCharsets.UTF_8), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void addLines(String content, List<String> out) {
    for (String line : content.split("\\R")) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#") && !out.contains(t)) {
        out.add(t);
      }
    }
  }
}
