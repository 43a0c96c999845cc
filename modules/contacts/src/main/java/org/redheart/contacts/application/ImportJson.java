package org.redheart.contacts.application;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redheart.contacts.api.ImportField;

/** The JSON kept in {@code cnt_import}: the header row (an array of strings) and the mapping (field to column). */
final class ImportJson {
  private static final Pattern ENTRY = Pattern.compile("\"([A-Z_]+)\"\\s*:\\s*(\\d+)");

  private ImportJson() {}

  static String mapping(Map<ImportField, Integer> mapping) {
    StringBuilder sb = new StringBuilder("{");
    mapping.forEach((f, c) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(f.name()).append("\":").append(c));
    return sb.append('}').toString();
  }

  static Map<ImportField, Integer> mapping(String json) {
    Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
    if (json != null) {
      Matcher m = ENTRY.matcher(json);
      while (m.find()) {
        try {
          mapping.put(ImportField.valueOf(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (IllegalArgumentException ignored) {
          // a field this version no longer knows
        }
      }
    }
    return mapping;
  }

  static String strings(List<String> values) {
    StringBuilder sb = new StringBuilder("[");
    for (String v : values) {
      sb.append(sb.length() > 1 ? "," : "").append('"');
      for (char c : v.toCharArray()) {
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          default -> {
            if (c < 0x20) {
              sb.append(String.format("\\u%04x", (int) c));
            } else {
              sb.append(c);
            }
          }
        }
      }
      sb.append('"');
    }
    return sb.append(']').toString();
  }

  static List<String> strings(String json) {
    List<String> values = new ArrayList<>();
    if (json == null) {
      return values;
    }
    StringBuilder current = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (current == null) {
        if (c == '"') {
          current = new StringBuilder();
        }
      } else if (c == '\\' && i + 1 < json.length()) {
        char n = json.charAt(++i);
        if (n == 'u' && i + 4 < json.length()) {
          current.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
          i += 4;
        } else {
          current.append(n);
        }
      } else if (c == '"') {
        values.add(current.toString());
        current = null;
      } else {
        current.append(c);
      }
    }
    return values;
  }
}
