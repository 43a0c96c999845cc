package org.redheart.reporting.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.redheart.reporting.domain.ReportContent;

/** A report's content as JSON (stored with the draft and the archive) and the SHA-256 of that JSON. */
final class ContentJson {
  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  private ContentJson() {}

  static String write(ReportContent content) {
    return JSONB.toJson(content);
  }

  static ReportContent read(String json) {
    return JSONB.fromJson(json, ReportContent.class);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
