package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.JobHandler;
import org.redheart.platform.api.Jobs;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;
import org.redheart.platform.domain.BackgroundJob;

@ApplicationScoped
@Transactional
public class DefaultJobs implements Jobs {
  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject JobHandlers handlers;
  @Inject JobRunner runner;
  @Inject Background background;
  @Inject Audit audit;

  @Override
  public JobStatus start(String kind, Map<String, String> parameters, Actor startedBy) {
    JobHandler handler = handlers.byKind(kind).orElseThrow(() -> new InvalidInput("kind", "is not a known kind of job"));
    if (startedBy == null || !handler.mayStart(startedBy)) {
      throw new Forbidden("you may not start a job of kind " + kind);
    }
    Map<String, String> params = new LinkedHashMap<>(parameters == null ? Map.of() : parameters);
    if (params.size() > 20) {
      throw new InvalidInput("parameters", "at most 20 parameters");
    }
    params.forEach((k, v) -> {
      if (k == null || k.length() > 40 || v == null || v.length() > 1000) {
        throw new InvalidInput("parameters", "names up to 40 and values up to 1000 characters, none empty");
      }
    });
    handler.check(params);
    BackgroundJob job = new BackgroundJob(kind, JsonCodec.write(params), startedBy.userId(), Instant.now());
    em.persist(job);
    audit.record(startedBy.userId(), "job.started", "job:" + job.id(), Map.of("kind", kind));
    String id = job.id();
    background.afterCommit(() -> runner.runSoon(id));
    return job.toStatus(params);
  }

  @Override
  public JobStatus get(String jobId, Actor reader) {
    BackgroundJob job = visible(jobId, reader);
    return job.toStatus(JsonCodec.readMap(job.params()));
  }

  @Override
  public Page<JobStatus> list(Actor reader, PageRequest page) {
    boolean all = reader.has(Role.ADMIN);
    String where = all ? "" : " where j.startedBy = :u";
    TypedQuery<BackgroundJob> q = em.createQuery("select j from BackgroundJob j" + where + " order by j.createdAt desc, j.id", BackgroundJob.class);
    TypedQuery<Long> c = em.createQuery("select count(j) from BackgroundJob j" + where, Long.class);
    if (!all) {
      q.setParameter("u", reader.userId());
      c.setParameter("u", reader.userId());
    }
    List<JobStatus> items = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
        .map(j -> j.toStatus(JsonCodec.readMap(j.params()))).toList();
    return new Page<>(items, page.page(), page.size(), c.getSingleResult());
  }

  @Override
  public JobStatus cancel(String jobId, Actor actor) {
    BackgroundJob job = visible(jobId, actor);
    job.cancel(Instant.now());
    audit.record(actor.userId(), "job.cancelled", "job:" + job.id(), Map.of("kind", job.kind()));
    return job.toStatus(JsonCodec.readMap(job.params()));
  }

  @Override
  public List<String> kindsFor(Actor actor) {
    return handlers.all().values().stream().filter(h -> h.mayStart(actor)).map(JobHandler::kind).toList();
  }

  private BackgroundJob visible(String jobId, Actor reader) {
    BackgroundJob job = jobId == null || jobId.length() > 36 ? null : em.find(BackgroundJob.class, jobId);
    if (job == null || reader == null || !(reader.has(Role.ADMIN) || job.startedBy().equals(reader.userId()))) {
      throw new NotFound("job", String.valueOf(jobId));
    }
    return job;
  }
}
