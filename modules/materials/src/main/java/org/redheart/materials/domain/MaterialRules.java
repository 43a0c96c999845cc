package org.redheart.materials.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.redheart.materials.api.Attestation;
import org.redheart.materials.api.MaterialInput;
import org.redheart.materials.api.MaterialKind;
import org.redheart.platform.api.InvalidInput;

/** The rules of a material's fields; each break names its field and changes nothing. */
public final class MaterialRules {
  public static final int MAX_TITLE = 300;
  public static final int MAX_TEXT = 50_000;
  public static final int MAX_COMMENT = 2000;
  public static final int MAX_REASON = 1000;
  public static final int MAX_PERMALINK = 2000;
  public static final int MAX_CONSENT_REFERENCE = 200;
  public static final int MAX_MEETINGS = 50;
  public static final int MAX_SENSITIVE_NAMES = 200;
  public static final Set<String> LANGUAGES = Set.of("en", "bn", "en+bn");
  private static final Pattern KIND_CODE = Pattern.compile("[A-Z0-9_]{1,40}");

  private MaterialRules() {}

  /** Checks what describes a material (campaign and kind existence are the service's to check). */
  public static void check(MaterialInput input) {
    if (input == null) {
      throw new InvalidInput("title", "is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String title = input.title() == null ? "" : input.title().strip();
    if (title.isEmpty()) {
      errors.add("title", "is required");
    } else if (title.length() > MAX_TITLE) {
      errors.add("title", "must be at most " + MAX_TITLE + " characters");
    }
    if (input.kindCode() == null || input.kindCode().isBlank()) {
      errors.add("kindCode", "is required");
    }
    if (input.language() == null || !LANGUAGES.contains(input.language().strip().toLowerCase(Locale.ROOT))) {
      errors.add("language", "must be en, bn or en+bn");
    }
    if (input.meetingIds().size() > MAX_MEETINGS) {
      errors.add("meetingIds", "at most " + MAX_MEETINGS + " meetings");
    }
    for (String id : input.meetingIds()) {
      if (id == null || id.isBlank() || id.length() > 36) {
        errors.add("meetingIds", "holds an id that is not a meeting's");
      }
    }
    errors.throwIfAny();
  }

  public static String language(String language) {
    return language.strip().toLowerCase(Locale.ROOT);
  }

  public static String text(String text) {
    String t = text == null ? "" : text;
    if (t.length() > MAX_TEXT) {
      throw new InvalidInput("text", "must be at most " + MAX_TEXT + " characters (it has " + t.length() + ")");
    }
    return t;
  }

  /** A required comment or note (1–2,000 characters), stripped. */
  public static String required(String field, String value) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      throw new InvalidInput(field, "is required");
    }
    if (v.length() > MAX_COMMENT) {
      throw new InvalidInput(field, "must be at most " + MAX_COMMENT + " characters");
    }
    return v;
  }

  /** An optional comment (null when blank), at most 2,000 characters. */
  public static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new InvalidInput(field, "must be at most " + max + " characters");
    }
    return v;
  }

  /** A permalink: an absolute http or https URL with a host. */
  public static String permalink(String value) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      throw new InvalidInput("permalink", "is required");
    }
    if (v.length() > MAX_PERMALINK) {
      throw new InvalidInput("permalink", "must be at most " + MAX_PERMALINK + " characters");
    }
    try {
      URI uri = new URI(v);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
        throw new InvalidInput("permalink", "must be an http or https address");
      }
    } catch (URISyntaxException e) {
      throw new InvalidInput("permalink", "is not a valid address");
    }
    return v;
  }

  /** The consent reference an attestation needs (required for guardian consent), or null. */
  public static String consentReference(Attestation attestation, String reference) {
    if (attestation == null) {
      throw new InvalidInput("attestation", "is required");
    }
    if (attestation != Attestation.GUARDIAN_CONSENT_ON_FILE) {
      return null;
    }
    String r = reference == null ? "" : reference.strip();
    if (r.isEmpty()) {
      throw new InvalidInput("consentReference", "is required when a guardian's consent is on file");
    }
    if (r.length() > MAX_CONSENT_REFERENCE) {
      throw new InvalidInput("consentReference", "must be at most " + MAX_CONSENT_REFERENCE + " characters");
    }
    return r;
  }

  /** Sensitive names from the caller: blank ones dropped, each at most 200 characters, at most 200 names. */
  public static Set<String> sensitiveNames(List<String> names) {
    if (names == null) {
      return Set.of();
    }
    if (names.size() > MAX_SENSITIVE_NAMES) {
      throw new InvalidInput("sensitiveNames", "at most " + MAX_SENSITIVE_NAMES + " names");
    }
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (String n : names) {
      if (n == null || n.isBlank()) {
        continue;
      }
      if (n.strip().length() > 200) {
        throw new InvalidInput("sensitiveNames", "a name must be at most 200 characters");
      }
      out.add(n.strip());
    }
    return out;
  }

  /** A kind from the editable list: code A-Z, 0-9, _ (1–40); names 1–100. */
  public static MaterialKind kind(MaterialKind kind) {
    if (kind == null) {
      throw new InvalidInput("code", "is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String code = kind.code() == null ? "" : kind.code().strip();
    if (!KIND_CODE.matcher(code).matches()) {
      errors.add("code", "must be 1–40 of A-Z, 0-9 and _");
    }
    String en = kind.nameEn() == null ? "" : kind.nameEn().strip();
    String bn = kind.nameBn() == null ? "" : kind.nameBn().strip();
    if (en.isEmpty() || en.length() > 100) {
      errors.add("nameEn", "must be 1–100 characters");
    }
    if (bn.isEmpty() || bn.length() > 100) {
      errors.add("nameBn", "must be 1–100 characters");
    }
    errors.throwIfAny();
    return new MaterialKind(code, en, bn, kind.active());
  }
}
