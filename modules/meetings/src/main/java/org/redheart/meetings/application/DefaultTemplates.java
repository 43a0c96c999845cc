package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redheart.meetings.api.MeetingTemplateData;
import org.redheart.meetings.api.TemplateInput;
import org.redheart.meetings.api.Templates;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.domain.MeetingTemplate;
import org.redheart.meetings.domain.StepDeadlines;
import org.redheart.meetings.domain.TemplateRules;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Role;

@ApplicationScoped
@Transactional
public class DefaultTemplates implements Templates {
  private static final int MAX_TEMPLATES = 200;

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject Audit audit;

  @Override
  public List<MeetingTemplateData> list(boolean activeOnly) {
    return em.createQuery("select t from MeetingTemplate t" + (activeOnly ? " where t.active = true" : "")
            + " order by t.name", MeetingTemplate.class)
        .setMaxResults(MAX_TEMPLATES)
        .getResultStream()
        .map(MeetingTemplate::toData)
        .toList();
  }

  @Override
  public Optional<MeetingTemplateData> find(String id) {
    return Optional.ofNullable(entity(id)).map(MeetingTemplate::toData);
  }

  @Override
  public Map<Step, Integer> defaultDeadlines() {
    return StepDeadlines.defaults().asMap();
  }

  @Override
  public MeetingTemplateData create(TemplateInput input, Actor actor) {
    requireAdmin(actor);
    TemplateRules.Checked c = TemplateRules.check(input);
    requireFreeCode(c.code(), null);
    MeetingTemplate t = new MeetingTemplate(c, actor.userId());
    em.persist(t);
    em.flush();
    audit.record(actor.userId(), "template.created", "template:" + t.id(), Map.of("code", t.code()));
    return t.toData();
  }

  @Override
  public MeetingTemplateData update(String id, TemplateInput input, long expectedVersion, Actor actor) {
    requireAdmin(actor);
    MeetingTemplate t = entity(id);
    if (t == null) {
      throw new NotFound("template", String.valueOf(id));
    }
    TemplateRules.Checked c = TemplateRules.check(input);
    if (t.version() != expectedVersion) {
      throw new Conflict("the template was changed by someone else meanwhile: reload it and apply your changes again");
    }
    requireFreeCode(c.code(), id);
    t.apply(c, actor.userId());
    em.flush();
    audit.record(actor.userId(), "template.updated", "template:" + t.id(), Map.of("code", t.code()));
    return t.toData();
  }

  /** The template entity, or null for an unknown id. */
  MeetingTemplate entity(String id) {
    return id == null || id.length() > 36 ? null : em.find(MeetingTemplate.class, id);
  }

  private void requireFreeCode(String code, String selfId) {
    boolean taken = !em.createQuery(
            "select t.id from MeetingTemplate t where t.code = :c and t.id <> :self", String.class)
        .setParameter("c", code)
        .setParameter("self", selfId == null ? "" : selfId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
    if (taken) {
      throw new InvalidInput("code", "is the code of another template");
    }
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new Forbidden("only admins create and edit templates");
    }
  }
}
