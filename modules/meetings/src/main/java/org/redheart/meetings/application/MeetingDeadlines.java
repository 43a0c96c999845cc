package org.redheart.meetings.application;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.domain.DueDates;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.StepDeadlines;

/**
 * A meeting's own copy of its template's deadlines ({@code mtg_meeting.deadlines}, a JSON object from
 * step — its name or its task key — to days relative to the meeting day). Meetings made before
 * templates have none and use {@link StepDeadlines#defaults()}; so does a copy that no longer passes
 * the rules (a step added since), step by step where it can.
 */
final class MeetingDeadlines {
  private static final Logger LOG = Logger.getLogger(MeetingDeadlines.class.getName());

  private MeetingDeadlines() {}

  static StepDeadlines of(Meeting meeting) {
    return parse(meeting.deadlinesJson()).orElse(StepDeadlines.defaults());
  }

  static DueDates dueDates(Meeting meeting) {
    return new DueDates(of(meeting));
  }

  static Optional<StepDeadlines> parse(String json) {
    if (json == null || json.isBlank()) {
      return Optional.empty();
    }
    Map<Step, Integer> days = new EnumMap<>(StepDeadlines.defaults().asMap());
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonObject o = reader.readObject();
      o.forEach((key, value) -> step(key).ifPresent(step -> {
        if (value.getValueType() == JsonValue.ValueType.NUMBER) {
          days.put(step, ((JsonNumber) value).intValue());
        }
      }));
      return Optional.of(StepDeadlines.of(days));
    } catch (RuntimeException e) { // InvalidInput from the rules, or malformed JSON
      LOG.warning("A meeting's deadlines do not pass the rules; the defaults apply: " + e.getMessage());
      return Optional.empty();
    }
  }

  static String write(StepDeadlines deadlines) {
    var b = Json.createObjectBuilder();
    deadlines.asMap().forEach((step, d) -> b.add(step.name(), d));
    return b.build().toString();
  }

  private static Optional<Step> step(String key) {
    for (Step s : Step.values()) {
      if (s.name().equals(key) || s.taskKey().equals(key)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
