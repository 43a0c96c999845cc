package org.redheart.contacts.api;

import java.util.Map;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * Spreadsheet import of contacts: a CSV or XLSX file already in the file store is parsed by a
 * background job into staging rows, each checked (bad rows named with row, column and reason;
 * duplicates and suppressed or erased addresses skipped); the user previews it, may change the
 * column mapping (which parses the file again) and commits: a second job moves every good row into
 * the directory in one transaction, or nothing when any row is bad. Any signed-in user may import;
 * an import is seen, changed and committed only by its creator or an admin ({@link
 * org.redheart.platform.api.NotFound} for others).
 */
public interface ContactImports {

  /** Job kinds, for the job list. */
  String PARSE_JOB = "contacts.import.parse";

  String COMMIT_JOB = "contacts.import.commit";

  /**
   * Starts an import of a stored file (CSV or XLSX, judged by the store from its content) and the job
   * that parses it.
   *
   * @throws org.redheart.platform.api.InvalidInput (field {@code file}) for another kind of file
   */
  ImportStatus start(String fileId, Actor actor);

  ImportStatus get(String importId, Actor actor);

  /** The actor's imports (admins: everyone's), newest first. */
  Page<ImportStatus> list(Actor actor, PageRequest page);

  /** The rows that are bad or skipped, in file order. {@code status} filters (BAD, DUPLICATE, SUPPRESSED) or is null. */
  Page<ImportProblem> problems(String importId, String status, PageRequest page, Actor actor);

  /**
   * Replaces the column mapping (each field to a column index of the header row; a field left out
   * is not imported) and parses the file again.
   *
   * @throws org.redheart.platform.api.Conflict while a job of the import runs or after commit
   */
  ImportStatus remap(String importId, Map<ImportField, Integer> mapping, Actor actor);

  /**
   * Starts the commit job.
   *
   * @throws org.redheart.platform.api.Conflict while any row is bad, the preview is not ready, or it
   *     was committed or discarded already
   */
  ImportStatus commit(String importId, Actor actor);

  /** Drops the staging rows; the import is kept as discarded. */
  ImportStatus discard(String importId, Actor actor);
}
