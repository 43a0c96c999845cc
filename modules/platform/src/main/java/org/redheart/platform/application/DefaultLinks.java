package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Links;
import org.redheart.platform.api.Secrets;

/**
 * Token = {@code base64url(expiry ":" subject) "." base64url(HMAC-SHA256(key, "rh-link-v1" NUL
 * purpose NUL expiry ":" subject))}, expiry in epoch seconds or {@code "-"} for never. The purpose
 * is signed but not carried, so the token stays short and a wrong purpose fails like a forgery.
 */
@ApplicationScoped
public class DefaultLinks implements Links {
  static final String SECRET = "links";
  private static final String VERSION = "rh-link-v1";
  private static final String NEVER = "-";
  private static final int MAX_TOKEN_LENGTH = 2048;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  @Inject Secrets secrets;

  Clock clock = Clock.systemUTC();

  public DefaultLinks() {}

  DefaultLinks(Secrets secrets, Clock clock) {
    this.secrets = secrets;
    this.clock = clock;
  }

  @Override
  public String sign(String purpose, String subjectId, Duration validity) {
    if (purpose == null || purpose.isBlank() || purpose.indexOf('\0') >= 0) {
      throw new InvalidInput("purpose", "is required");
    }
    if (subjectId == null || subjectId.isBlank()) {
      throw new InvalidInput("subjectId", "is required");
    }
    if (validity != null && (validity.isNegative() || validity.toSeconds() < 1)) {
      throw new InvalidInput("validity", "must be at least one second, or none for a link that never expires");
    }
    String expiry = validity == null ? NEVER : Long.toString(clock.instant().getEpochSecond() + validity.toSeconds());
    byte[] payload = (expiry + ":" + subjectId).getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(purpose, payload));
  }

  @Override
  public Optional<String> verify(String purpose, String token) {
    if (purpose == null || purpose.isBlank() || purpose.indexOf('\0') >= 0
        || token == null || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.')) {
      return Optional.empty();
    }
    byte[] payload;
    byte[] signature;
    try {
      payload = DECODER.decode(token.substring(0, dot));
      signature = DECODER.decode(token.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!MessageDigest.isEqual(mac(purpose, payload), signature)) {
      return Optional.empty();
    }
    String text = new String(payload, StandardCharsets.UTF_8);
    int colon = text.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String expiry = text.substring(0, colon);
    if (!NEVER.equals(expiry)) {
      long expiresAt;
      try {
        expiresAt = Long.parseLong(expiry);
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (clock.instant().getEpochSecond() >= expiresAt) {
        return Optional.empty();
      }
    }
    return Optional.of(text.substring(colon + 1));
  }

  private byte[] mac(String purpose, byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secrets.get(SECRET), "HmacSHA256"));
      mac.update((VERSION + "\0" + purpose + "\0").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
