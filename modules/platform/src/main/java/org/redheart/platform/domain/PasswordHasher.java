package org.redheart.platform.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations (OWASP 2023) and a 16-byte random salt, stored as
 * {@code pbkdf2-sha512$iterations$salt$hash}. The iteration count is stored so it can be raised.
 */
public final class PasswordHasher {
  private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  private static final int ITERATIONS = 210_000;
  private static final SecureRandom RANDOM = new SecureRandom();
  public static final int MIN_LENGTH = 10;

  private PasswordHasher() {}

  public static String hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, salt, ITERATIONS);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return "pbkdf2-sha512$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
  }

  public static boolean matches(String password, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals("pbkdf2-sha512")) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = derive(password, salt, Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  /** A hash that no password matches, to spend the same time on unknown user names. */
  public static String dummy() {
    return DUMMY;
  }

  private static final String DUMMY = hash(randomSecret());

  private static String randomSecret() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  /** Why a new password is refused, or null when it is acceptable. */
  public static String weakness(String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return "must have at least " + MIN_LENGTH + " characters";
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > 1024) {
      return "is too long";
    }
    return null;
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 512);
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is not available", e);
    }
  }
}
