package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.JobContext;
import org.redheart.platform.api.JobHandler;
import org.redheart.platform.api.Role;

/**
 * A small admin job that shows (and lets tests check) the job machinery: it processes {@code
 * items} items, pausing {@code pauseMs} on each, with a checkpoint after every item, so a restart
 * resumes where it stopped and a cancel stops it within one item.
 */
@ApplicationScoped
public class DemoCountJob implements JobHandler {
  public static final String KIND = "platform.demo-count";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public boolean mayStart(Actor actor) {
    return actor.has(Role.ADMIN);
  }

  @Override
  public void check(Map<String, String> parameters) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    number(parameters, "items", 1, 100_000, null, errors);
    number(parameters, "pauseMs", 0, 10_000, "200", errors);
    errors.throwIfAny();
  }

  @Override
  public void run(JobContext context) throws InterruptedException {
    int items = Integer.parseInt(Digits.toAscii(context.parameters().get("items")).strip());
    String pause = context.parameters().getOrDefault("pauseMs", "200");
    long pauseMs = Long.parseLong(Digits.toAscii(pause).strip());
    int start = context.checkpoint() == null ? 0 : Integer.parseInt(context.checkpoint());
    String resumed = start > 0 ? " (resumed after item " + start + ")" : "";
    context.progress(start, items, "starting at item " + (start + 1) + resumed, String.valueOf(start));
    for (int i = start; i < items; i++) {
      Thread.sleep(pauseMs);
      context.progress(i + 1, items, "item " + (i + 1) + " of " + items + resumed, String.valueOf(i + 1));
    }
  }

  private static void number(Map<String, String> p, String name, int min, int max, String fallback, InvalidInput.Collector errors) {
    String raw = p.getOrDefault(name, fallback);
    try {
      int n = Integer.parseInt(Digits.toAscii(raw == null ? "" : raw).strip());
      if (n < min || n > max) {
        errors.add(name, "must be between " + min + " and " + max);
      }
    } catch (NumberFormatException e) {
      errors.add(name, "must be a whole number between " + min + " and " + max);
    }
  }
}
