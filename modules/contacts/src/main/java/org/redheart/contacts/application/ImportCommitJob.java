package org.redheart.contacts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.redheart.contacts.api.ContactImports;
import org.redheart.contacts.api.ImportState;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.JobContext;
import org.redheart.platform.api.JobHandler;

/**
 * Commits an import: every good staging row becomes a contact in one transaction (all or nothing);
 * a failure rolls it all back and marks the import failed. Re-running it after a crash is safe: the
 * import is committed only once.
 */
@ApplicationScoped
public class ImportCommitJob implements JobHandler {
  @Inject ImportStore store;

  @Override
  public String kind() {
    return ContactImports.COMMIT_JOB;
  }

  @Override
  public boolean mayStart(Actor actor) {
    return !actor.roles().isEmpty();
  }

  @Override
  public void check(Map<String, String> parameters) {
    if (parameters.get("importId") == null) {
      throw new InvalidInput("importId", "is required");
    }
  }

  @Override
  public void run(JobContext context) {
    String id = context.parameters().get("importId");
    ImportStore.Record r = store.find(id).orElse(null);
    if (r == null || r.state() != ImportState.COMMITTING) {
      return;
    }
    context.progress(0, 1, "importing " + Math.max(0, r.totalRows() - r.skippedRows()) + " contacts", null);
    try {
      String name = r.fileName().length() > 150 ? r.fileName().substring(0, 150) : r.fileName();
      int imported = store.commit(id, context.startedBy(), "import " + name + " " + LocalDate.now(ZoneOffset.UTC));
      context.progress(1, 1, imported + " contacts imported", "done");
    } catch (RuntimeException e) {
      store.fail(id, "nothing was imported: " + e.getMessage());
      throw e;
    }
  }
}
