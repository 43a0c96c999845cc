package org.redheart.platform.application;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.redheart.platform.api.FormTokens;

/** One-time form tokens in a map, with the same contract as the table-backed ones. */
final class InMemoryFormTokens implements FormTokens {
  private final Map<String, String> unused = new HashMap<>();

  @Override
  public String issue(String form, String binding) {
    String token = UUID.randomUUID().toString();
    unused.put(token, form + "\0" + binding);
    return token;
  }

  @Override
  public boolean consume(String form, String binding, String token) {
    return token != null && unused.remove(token, form + "\0" + binding);
  }
}
