package org.redheart.contacts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.redheart.contacts.api.ContactImports;
import org.redheart.contacts.api.ImportField;
import org.redheart.contacts.api.ImportProblem;
import org.redheart.contacts.api.ImportState;
import org.redheart.contacts.api.ImportStatus;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.FileInfo;
import org.redheart.platform.api.FileStore;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Jobs;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;

@ApplicationScoped
@Transactional
public class DefaultContactImports implements ContactImports {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject ImportStore store;
  @Inject FileStore files;
  @Inject Jobs jobs;

  @Override
  public ImportStatus start(String fileId, Actor actor) {
    signedIn(actor);
    FileInfo file = files.info(fileId, actor);
    String format = switch (file.contentType()) {
      case XLSX -> "XLSX";
      case "text/csv", "text/plain" -> "CSV";
      default -> throw new InvalidInput("file", "'" + file.name() + "' is neither a CSV file nor an XLSX workbook");
    };
    Instant now = Instant.now();
    String id = UUID.randomUUID().toString();
    store.create(new ImportStore.Record(id, file.id(), file.name(), format, ImportState.PARSING, null, null, 0, 0, 0, 0, null,
        null, file.size(), actor.userId(), now, now));
    store.setJob(id, jobs.start(PARSE_JOB, Map.of("importId", id), actor).id());
    return get(id, actor);
  }

  @Override
  public ImportStatus get(String importId, Actor actor) {
    return status(readable(importId, actor), actor);
  }

  @Override
  public Page<ImportStatus> list(Actor actor, PageRequest page) {
    signedIn(actor);
    return store.list(actor.has(Role.ADMIN) ? null : actor.userId(), page).map(r -> status(r, actor));
  }

  @Override
  public Page<ImportProblem> problems(String importId, String status, PageRequest page, Actor actor) {
    readable(importId, actor);
    if (status != null && !Set.of("BAD", "DUPLICATE", "SUPPRESSED").contains(status)) {
      throw new InvalidInput("status", "must be BAD, DUPLICATE or SUPPRESSED");
    }
    return store.problems(importId, status, page);
  }

  @Override
  public ImportStatus remap(String importId, Map<ImportField, Integer> mapping, Actor actor) {
    ImportStore.Record r = readable(importId, actor);
    if (mapping == null) {
      throw new InvalidInput("mapping", "is required");
    }
    int columns = r.headers() == null ? 0 : r.headers().size();
    InvalidInput.Collector errors = new InvalidInput.Collector();
    mapping.forEach((field, column) -> {
      if (column == null || column < 0 || column >= columns) {
        errors.add(field.name(), "column " + column + " is not a column of the file (0 to " + (columns - 1) + ")");
      }
    });
    errors.throwIfAny();
    if (!store.transition(importId, ImportState.PARSING, EnumSet.of(ImportState.PREVIEWED))) {
      throw new Conflict("the import is " + r.state().name().toLowerCase() + ": its mapping can no longer change");
    }
    store.deleteRows(importId, 0);
    store.saveMapping(importId, r.headers(), mapping);
    store.setJob(importId, jobs.start(PARSE_JOB, Map.of("importId", importId), actor).id());
    return get(importId, actor);
  }

  @Override
  public ImportStatus commit(String importId, Actor actor) {
    ImportStore.Record r = readable(importId, actor);
    if (r.state() != ImportState.PREVIEWED) {
      throw new Conflict("the import is " + r.state().name().toLowerCase() + ", not ready to commit");
    }
    if (r.badRows() > 0) {
      throw new Conflict(r.badRows() + " rows are bad: nothing is imported while any row is bad; fix the file and upload it again");
    }
    if (r.totalRows() - r.skippedRows() <= 0) {
      throw new Conflict("the file has no new contact to import");
    }
    if (!store.transition(importId, ImportState.COMMITTING, EnumSet.of(ImportState.PREVIEWED))) {
      throw new Conflict("the import changed meanwhile; look at it again");
    }
    store.setJob(importId, jobs.start(COMMIT_JOB, Map.of("importId", importId), actor).id());
    return get(importId, actor);
  }

  @Override
  public ImportStatus discard(String importId, Actor actor) {
    ImportStore.Record r = readable(importId, actor);
    if (r.state() == ImportState.COMMITTING || r.state() == ImportState.COMMITTED) {
      throw new Conflict("the import is " + r.state().name().toLowerCase() + ": it can no longer be discarded");
    }
    if (r.state() == ImportState.DISCARDED) {
      return status(r, actor);
    }
    if (r.jobId() != null) {
      Jobs.JobStatus job = jobs.get(r.jobId(), actor);
      if (!job.finished()) {
        jobs.cancel(r.jobId(), actor);
      }
    }
    store.transition(importId, ImportState.DISCARDED, EnumSet.of(ImportState.PARSING, ImportState.PREVIEWED, ImportState.FAILED));
    store.deleteRows(importId, 0);
    return get(importId, actor);
  }

  private ImportStore.Record readable(String importId, Actor actor) {
    signedIn(actor);
    ImportStore.Record r = importId == null || importId.length() > 36 ? null : store.find(importId).orElse(null);
    if (r == null || !(r.createdBy().equals(actor.userId()) || actor.has(Role.ADMIN))) {
      throw new NotFound("import", String.valueOf(importId));
    }
    return r;
  }

  private static void signedIn(Actor actor) {
    if (actor == null || actor.roles().isEmpty()) {
      throw new Forbidden("sign in to import contacts");
    }
  }

  private ImportStatus status(ImportStore.Record r, Actor actor) {
    int percent = 0;
    String progress = null;
    if (r.jobId() != null && r.state().busy()) {
      try {
        Jobs.JobStatus job = jobs.get(r.jobId(), actor);
        percent = job.percent();
        progress = job.message();
        if (job.state() == Jobs.State.FAILED || job.state() == Jobs.State.CANCELLED) {
          progress = job.error() != null ? job.error() : job.state().name().toLowerCase();
        }
      } catch (NotFound e) {
        // an admin looking at someone's import sees every job anyway; others never get here
      }
    } else if (r.state() == ImportState.PREVIEWED || r.state() == ImportState.COMMITTED) {
      percent = 100;
    }
    int ok = Math.max(0, r.totalRows() - r.badRows() - r.skippedRows());
    return new ImportStatus(r.id(), r.fileName(), r.format(), r.state(), r.headers() == null ? List.of() : r.headers(),
        r.mapping() == null ? Map.of() : r.mapping(), r.totalRows(), r.badRows(), r.skippedRows(),
        r.state() == ImportState.COMMITTED ? 0 : ok, r.imported(), r.jobId(), percent, progress, r.error(), r.createdBy(),
        r.createdAt(), r.updatedAt());
  }
}
