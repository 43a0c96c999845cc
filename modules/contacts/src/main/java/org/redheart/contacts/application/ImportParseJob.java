package org.redheart.contacts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.contacts.api.ContactImports;
import org.redheart.contacts.api.ImportField;
import org.redheart.contacts.api.ImportState;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.api.StakeholderCategory;
import org.redheart.contacts.domain.Names;
import org.redheart.contacts.domain.imports.BadFile;
import org.redheart.contacts.domain.imports.HeaderMatcher;
import org.redheart.contacts.domain.imports.RowValidator;
import org.redheart.contacts.domain.imports.SheetReader;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.FileStore;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.JobContext;
import org.redheart.platform.api.JobHandler;
import org.redheart.platform.api.Suppressions;

/**
 * Parses an import's file into staging rows, {@value #BATCH} rows per transaction, checking each
 * row; the checkpoint is the last row stored, so a resumed job drops what came after it and goes
 * on from there. Progress is in bytes of the file read. A file that cannot be read fails the
 * import with the reason (and row); anything else fails the job too.
 */
@ApplicationScoped
public class ImportParseJob implements JobHandler {
  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ImportParseJob.class.getName());
  static final int BATCH = 1000;

  @Inject ImportStore store;
  @Inject FileStore files;
  @Inject Suppressions suppressions;
  @Inject StakeholderCategories categories;

  @Override
  public String kind() {
    return ContactImports.PARSE_JOB;
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
  public void run(JobContext context) throws IOException {
    String id = context.parameters().get("importId");
    ImportStore.Record r = store.find(id).orElse(null);
    if (r == null || r.state() != ImportState.PARSING) {
      return;
    }
    int resumeAfter = context.checkpoint() == null ? 0 : Integer.parseInt(context.checkpoint());
    store.deleteRows(id, resumeAfter);
    context.progress(0, r.fileSize(), "reading the file", String.valueOf(resumeAfter));
    long started = System.nanoTime();
    try (Counting in = new Counting(files.content(r.fileId(), new Actor(r.createdBy(), Set.of())))) {
      Sink sink = new Sink(r, resumeAfter, context, in);
      SheetReader.of(r.format()).read(in, sink);
      if (!sink.sawHeader) {
        throw new BadFile(0, "the file is empty");
      }
      sink.flush();
      long read = System.nanoTime();
      store.finishParse(id);
      LOG.info(() -> "import " + id + ": " + sink.rows + " rows read and staged in " + (read - started) / 1_000_000
          + " ms (checks " + sink.checkNanos / 1_000_000 + " ms, suppression look-ups " + sink.suppressNanos / 1_000_000
          + " ms, inserts " + sink.insertNanos / 1_000_000 + " ms, progress " + sink.progressNanos / 1_000_000
          + " ms), duplicates and counts in " + (System.nanoTime() - read) / 1_000_000 + " ms");
    } catch (BadFile e) {
      store.fail(id, e.getMessage());
    } catch (JobContext.Cancelled e) {
      // discarded while parsing: the batch stored before the cancel was noticed goes too
      store.find(id).filter(now -> now.state() == ImportState.DISCARDED).ifPresent(now -> store.deleteRows(id, 0));
      throw e;
    } catch (IOException | RuntimeException e) {
      store.fail(id, "the file could not be read: " + e.getMessage());
      throw e;
    }
  }

  private Map<String, Long> categoryKeys() {
    Map<String, Long> keys = new HashMap<>();
    for (StakeholderCategory c : categories.all()) {
      keys.put(Names.fold(String.valueOf(c.id())), c.id());
      keys.put(Names.fold(c.name()), c.id());
      if (c.nameBn() != null && !c.nameBn().isBlank()) {
        keys.put(Names.fold(c.nameBn()), c.id());
      }
    }
    return keys;
  }

  /** Receives the rows: the header fixes the mapping; data rows are checked and stored in batches. */
  private final class Sink implements SheetReader.RowSink {
    private final ImportStore.Record record;
    private final int resumeAfter;
    private final JobContext context;
    private final Counting in;
    private final List<ImportStore.Checked> batch = new ArrayList<>(BATCH);
    private RowValidator validator;
    long checkNanos;
    long lastProgress;
    long suppressNanos;
    long insertNanos;
    long progressNanos;
    private boolean sawHeader;
    private int lastRow;
    private int rows;

    Sink(ImportStore.Record record, int resumeAfter, JobContext context, Counting in) {
      this.record = record;
      this.resumeAfter = resumeAfter;
      this.context = context;
      this.in = in;
    }

    @Override
    public void row(int rowNumber, List<String> cells) {
      if (!sawHeader) {
        sawHeader = true;
        List<String> headers = cells.stream().map(h -> h == null ? "" : h.strip()).map(h -> h.length() > 100 ? h.substring(0, 100) : h)
            .toList();
        Map<ImportField, Integer> mapping = record.mapping() != null && headers.equals(record.headers())
            ? record.mapping()
            : HeaderMatcher.match(headers);
        if (!headers.equals(record.headers()) || record.mapping() == null) {
          store.saveMapping(record.id(), headers, mapping);
        }
        validator = new RowValidator(headers, mapping, categoryKeys());
        return;
      }
      rows++;
      if (rowNumber <= resumeAfter) {
        return;
      }
      long t = System.nanoTime();
      RowValidator.Result result = validator.check(cells);
      checkNanos += System.nanoTime() - t;
      batch.add(new ImportStore.Checked(rowNumber, result.row(), result.problems()));
      lastRow = rowNumber;
      if (batch.size() >= BATCH) {
        flush();
      }
    }

    void flush() {
      if (batch.isEmpty()) {
        return;
      }
      List<String> emails = batch.stream()
          .filter(c -> c.row() != null && c.row().emailNorm() != null)
          .map(c -> c.row().emailNorm())
          .toList();
      long t0 = System.nanoTime();
      Set<String> suppressed = emails.isEmpty() ? Set.of() : suppressions.suppressedAmong(emails);
      long t1 = System.nanoTime();
      store.insertRows(record.id(), batch, suppressed);
      long t2 = System.nanoTime();
      batch.clear();
      long total = Math.max(record.fileSize(), in.count);
      long now = System.nanoTime();
      if (now - lastProgress > 1_000_000_000L) { // at most once a second: each report is a transaction of its own
        context.progress(Math.min(in.count, total), total, rows + " rows read", String.valueOf(lastRow));
        lastProgress = now;
      }
      suppressNanos += t1 - t0;
      insertNanos += t2 - t1;
      progressNanos += System.nanoTime() - t2;
    }
  }

  /** Counts the bytes read, for progress. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
