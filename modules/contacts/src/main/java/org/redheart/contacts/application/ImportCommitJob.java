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
  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ImportCommitJob.class.getName());
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

  /** After the commit: the staging rows go in chunks of their own transactions (the commit stays short). */
  private void dropStagingRows(String id, int rows) {
    for (int from = 0; from <= rows + 1; from += 10_000) {
      store.deleteSome(id, from, from + 10_000);
    }
  }

  @Override
  public void run(JobContext context) {
    String id = context.parameters().get("importId");
    ImportStore.Record r = store.find(id).orElse(null);
    if (r != null && r.state() == ImportState.COMMITTED) {
      dropStagingRows(id, r.totalRows()); // resumed after a crash between the commit and the clean-up
      return;
    }
    if (r == null || r.state() != ImportState.COMMITTING) {
      return;
    }
    context.progress(0, 1, "importing " + Math.max(0, r.totalRows() - r.skippedRows()) + " contacts", null);
    long started = System.nanoTime();
    try {
      String name = r.fileName().length() > 150 ? r.fileName().substring(0, 150) : r.fileName();
      int imported = store.commit(id, context.startedBy(), "import " + name + " " + LocalDate.now(ZoneOffset.UTC));
      context.progress(1, 1, imported + " contacts imported", "done");
      dropStagingRows(id, r.totalRows());
      store.refreshStatistics();
      LOG.info(() -> "import " + id + ": " + imported + " contacts committed in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    } catch (RuntimeException e) {
      store.fail(id, "nothing was imported: " + e.getMessage());
      throw e;
    }
  }
}
