package org.redheart.meetings.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.redheart.meetings.api.MeetingTemplateData;
import org.redheart.meetings.api.Step;

/**
 * A meeting template: agenda and breakout themes kept as JSON arrays, deadlines as a JSON object
 * (step name to days relative to the meeting day). Checked by {@link TemplateRules} before it is
 * written.
 */
@Entity
@Table(name = "mtg_template")
public class MeetingTemplate {
  @Id private String id;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "name_bn")
  private String nameBn;

  @Column(name = "expected_participants", nullable = false)
  private int expectedParticipants;

  @Column(name = "speakers_count", nullable = false)
  private int speakersCount;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(nullable = false, length = 8000)
  private String agenda;

  @Column(nullable = false, length = 8000)
  private String themes;

  @Column(nullable = false, length = 2000)
  private String deadlines;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected MeetingTemplate() {}

  public MeetingTemplate(TemplateRules.Checked c, String by) {
    this.id = UUID.randomUUID().toString();
    apply(c, by);
  }

  public void apply(TemplateRules.Checked c, String by) {
    this.code = c.code();
    this.name = c.name();
    this.nameBn = c.nameBn();
    this.expectedParticipants = c.expectedParticipants();
    this.speakersCount = c.speakersCount();
    this.durationMinutes = c.durationMinutes();
    this.agenda = agendaJson(c.agenda());
    this.themes = themesJson(c.themes());
    this.deadlines = deadlinesJson(c.deadlines());
    this.active = c.active();
    this.updatedBy = by;
    this.updatedAt = Instant.now();
  }

  public String id() {
    return id;
  }

  public String code() {
    return code;
  }

  public long version() {
    return version;
  }

  /** The deadlines as stored (and copied into a meeting scheduled from the template). */
  public String deadlinesJson() {
    return deadlines;
  }

  public MeetingTemplateData toData() {
    return new MeetingTemplateData(id, code, name, nameBn, expectedParticipants, speakersCount, durationMinutes,
        agendaLines(agenda), themeLines(themes), deadlines(deadlines).asMap(), active, version);
  }

  /** Agenda lines ("minutes | item | responsible") as a JSON array of objects. */
  static String agendaJson(String lines) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (List<String> r : Rows.parse(lines)) {
      a.add(Json.createObjectBuilder().add("minutes", Integer.parseInt(r.get(0))).add("item", r.get(1))
          .add("responsible", r.size() > 2 ? r.get(2) : ""));
    }
    return a.build().toString();
  }

  static String themesJson(String lines) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (List<String> r : Rows.parse(lines)) {
      a.add(Json.createObjectBuilder().add("code", r.get(0)).add("theme", r.get(1)));
    }
    return a.build().toString();
  }

  /** Deadlines as a JSON object, e.g. {@code {"WRITE_CONCEPT_NOTE":-21,...}}. */
  public static String deadlinesJson(StepDeadlines d) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    d.asMap().forEach((step, days) -> o.add(step.name(), days));
    return o.build().toString();
  }

  /** Reads deadlines written by {@link #deadlinesJson}; steps missing there take the defaults. */
  public static StepDeadlines deadlines(String json) {
    Map<Step, Integer> days = new EnumMap<>(StepDeadlines.defaults().asMap());
    if (json != null && !json.isBlank()) {
      try (var r = Json.createReader(new StringReader(json))) {
        JsonObject o = r.readObject();
        for (Step s : Step.values()) {
          if (o.containsKey(s.name()) && o.get(s.name()).getValueType() == JsonValue.ValueType.NUMBER) {
            days.put(s, o.getInt(s.name()));
          }
        }
        // templates saved before version 3 of the lifecycle: the post was handled at MARK_POST_HANDLED
        if (!o.containsKey(Step.PUBLISH_SOCIAL_POST.name()) && o.containsKey("MARK_POST_HANDLED")
            && o.get("MARK_POST_HANDLED").getValueType() == JsonValue.ValueType.NUMBER) {
          days.put(Step.PUBLISH_SOCIAL_POST, o.getInt("MARK_POST_HANDLED"));
        }
      }
    }
    return StepDeadlines.of(days);
  }

  static String agendaLines(String json) {
    List<String> lines = new ArrayList<>();
    try (var r = Json.createReader(new StringReader(json))) {
      for (JsonValue v : r.readArray()) {
        JsonObject o = v.asJsonObject();
        lines.add(o.getInt("minutes") + " | " + o.getString("item", "") + " | " + o.getString("responsible", ""));
      }
    }
    return String.join("\n", lines);
  }

  static String themeLines(String json) {
    List<String> lines = new ArrayList<>();
    try (var r = Json.createReader(new StringReader(json))) {
      for (JsonValue v : r.readArray()) {
        JsonObject o = v.asJsonObject();
        lines.add(o.getString("code", "") + " | " + o.getString("theme", ""));
      }
    }
    return String.join("\n", lines);
  }
}
