package org.redheart.platform.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.redheart.platform.api.InvalidInput;

/** JSON-B (the container's) for event payloads and job parameters. */
final class JsonCodec {
  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Type STRING_MAP = new HashMap<String, String>() {}.getClass().getGenericSuperclass();

  private JsonCodec() {}

  static String write(Object value) {
    try {
      return JSONB.toJson(value);
    } catch (JsonbException e) {
      throw new InvalidInput("event", "cannot be written as JSON: " + e.getMessage());
    }
  }

  static <T> T read(String json, Class<T> type) {
    return JSONB.fromJson(json, type);
  }

  static Map<String, String> readMap(String json) {
    Map<String, String> map = JSONB.fromJson(json, STRING_MAP);
    return map == null ? Map.of() : new LinkedHashMap<>(map);
  }
}
