package org.redheart.meetings.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Form fields to and from the JSON kept in {@code data} columns. */
final class FormJson {
  private FormJson() {}

  static String write(Map<String, String> fields) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    fields.forEach(b::add);
    return b.build().toString();
  }

  static Map<String, String> read(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    if (json == null || json.isBlank()) {
      return out;
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonObject o = reader.readObject();
      o.forEach((k, v) -> out.put(k, v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : v.toString()));
    }
    return out;
  }
}
