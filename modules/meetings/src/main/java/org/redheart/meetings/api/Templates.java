package org.redheart.meetings.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redheart.platform.api.Actor;

/**
 * Meeting templates: a default agenda, breakout themes, expected participants, guest speakers and
 * step deadlines. Everyone who runs meetings reads them; admins create and edit them.
 *
 * @throws org.redheart.platform.api.InvalidInput naming each wrong field (nothing is changed)
 * @throws org.redheart.platform.api.Forbidden for a change by someone who is not an admin
 * @throws org.redheart.platform.api.NotFound for an unknown id
 * @throws org.redheart.platform.api.Conflict for a code another template has, or a stale version
 */
public interface Templates {

  /** Templates by name; {@code activeOnly} for the choice when scheduling. */
  List<MeetingTemplateData> list(boolean activeOnly);

  Optional<MeetingTemplateData> find(String id);

  /** The deadlines a new template starts with (the defaults), per step in lifecycle order. */
  Map<Step, Integer> defaultDeadlines();

  MeetingTemplateData create(TemplateInput input, Actor actor);

  MeetingTemplateData update(String id, TemplateInput input, long expectedVersion, Actor actor);
}
