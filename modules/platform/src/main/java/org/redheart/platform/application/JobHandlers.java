package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.redheart.platform.api.JobHandler;

/** Every {@link JobHandler} bean of the application, by kind. */
@ApplicationScoped
public class JobHandlers {
  @Inject @Any Instance<JobHandler> beans;

  private volatile Map<String, JobHandler> byKind;

  public Optional<JobHandler> byKind(String kind) {
    return Optional.ofNullable(kind == null ? null : all().get(kind));
  }

  public Map<String, JobHandler> all() {
    Map<String, JobHandler> map = byKind;
    if (map == null) {
      map = new TreeMap<>();
      for (JobHandler h : beans) {
        map.put(h.kind(), h);
      }
      byKind = map;
    }
    return map;
  }
}
