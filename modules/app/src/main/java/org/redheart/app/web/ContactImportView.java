package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.ContactImports;
import org.redheart.contacts.api.ImportField;
import org.redheart.contacts.api.ImportProblem;
import org.redheart.contacts.api.ImportState;
import org.redheart.contacts.api.ImportStatus;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.FileInfo;
import org.redheart.platform.api.FileKind;
import org.redheart.platform.api.FileStore;
import org.redheart.platform.api.FileTooLarge;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * Contacts import: upload a CSV or XLSX file, watch the parse job (the page reloads itself while a
 * job runs; the user may leave and come back through the list of their imports), preview the
 * counts and the bad rows, change the column mapping, then import or discard. Postbacks carry the
 * import id in a hidden {@code importId} field.
 */
@Named
@RequestScoped
public class ContactImportView {
  static final int PAGE_SIZE = 25;

  @Inject ContactImports imports;
  @Inject FileStore files;
  @Inject CurrentUser currentUser;

  private String id;
  private int page;
  private Part upload;
  private ImportStatus current;
  private Page<ImportProblem> problems;
  private Page<ImportStatus> mine;

  /** Loads the import of the page (a 404 when it is not the user's) and reloads the page while its job runs. */
  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback() || id == null || id.isBlank()) {
      return;
    }
    try {
      current = imports.get(id, currentUser.actor());
    } catch (NotFound e) {
      Pages.notFound();
      faces.responseComplete();
      return;
    }
    if (current.state().busy()) {
      ((HttpServletResponse) faces.getExternalContext().getResponse()).setHeader("Refresh", "2");
    }
  }

  /**
   * The import of the page. On a postback the view parameter is not in the form's URL, so the
   * import comes from the form's hidden {@code importId}: without it the fragment holding the
   * buttons would not be rendered while the request is processed, and Faces would drop the click.
   */
  public ImportStatus getCurrent() {
    if (current == null && FacesContext.getCurrentInstance().isPostback()) {
      String posted = param("importId");
      if (posted != null && !posted.isBlank()) {
        try {
          current = imports.get(posted.strip(), currentUser.actor());
        } catch (NotFound e) {
          // not the user's (or gone): nothing is rendered, and the action reports it
        }
      }
    }
    return current;
  }

  public Page<ImportStatus> getMine() {
    if (mine == null) {
      mine = imports.list(currentUser.actor(), new PageRequest(0, 20));
    }
    return mine;
  }

  public Page<ImportProblem> getProblems() {
    if (problems == null && getCurrent() != null) {
      problems = imports.problems(current.id(), null, new PageRequest(page, PAGE_SIZE), currentUser.actor());
    }
    return problems;
  }

  public ImportField[] getFields() {
    return ImportField.values();
  }

  /** The column options of the mapping selects: index and header. */
  public List<Column> getColumns() {
    List<Column> columns = new ArrayList<>();
    if (getCurrent() != null) {
      List<String> headers = current.headers();
      for (int i = 0; i < headers.size(); i++) {
        columns.add(new Column(i, headers.get(i).isBlank() ? Pages.text("import.column", i + 1) : headers.get(i)));
      }
    }
    return columns;
  }

  public record Column(int index, String header) {}

  /** Whether the field is mapped to that column now. */
  public boolean mapped(ImportField field, int column) {
    Integer c = getCurrent() == null ? null : current.mapping().get(field);
    return c != null && c == column;
  }

  public String fieldLabel(ImportField field) {
    return Pages.text("import.field." + field.name());
  }

  public String stateLabel(ImportStatus status) {
    return Pages.text("import.state." + status.state().name());
  }

  public String badge(ImportStatus status) {
    return switch (status.state()) {
      case COMMITTED -> "badge badge-ok";
      case FAILED -> "badge badge-late";
      case PREVIEWED -> status.badRows() > 0 ? "badge badge-late" : "badge badge-current";
      default -> "badge";
    };
  }

  public String problemStatus(ImportProblem p) {
    return Pages.text("import.status." + p.status());
  }

  public void store() {
    if (upload == null || upload.getSize() == 0) {
      Pages.fieldErrors(new InvalidInput("file", Pages.text("files.choose")), Map.of("file", "upload:file"));
      return;
    }
    try (InputStream in = upload.getInputStream()) {
      FileInfo stored = files.store(in, upload.getSize(), upload.getSubmittedFileName(), currentUser.getUser().id(),
          Set.of(FileKind.SPREADSHEET));
      ImportStatus started = imports.start(stored.id(), currentUser.actor());
      Pages.redirect("/contacts-import.xhtml?id=" + started.id());
    } catch (FileTooLarge e) {
      Pages.fieldErrors(new InvalidInput("file", Pages.text("files.tooLarge", FileTooLarge.describe(e.limit()))),
          Map.of("file", "upload:file"));
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, Map.of("file", "upload:file"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        upload.delete();
      } catch (IOException ignored) {
        // the container removes its temporary file at the end of the request anyway
      }
    }
  }

  /** Applies the mapping of the selects ({@code map-FIELD} = column index, empty for none) and parses again. */
  public void remap() {
    String importId = param("importId");
    Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
    for (ImportField field : ImportField.values()) {
      String value = param("map-" + field.name());
      if (value != null && !value.isBlank()) {
        try {
          mapping.put(field, Integer.parseInt(value.strip()));
        } catch (NumberFormatException ignored) {
          // not one of our options: leave the field out
        }
      }
    }
    act(importId, () -> imports.remap(importId, mapping, currentUser.actor()), "import.remapped");
  }

  public void commit() {
    String importId = param("importId");
    act(importId, () -> imports.commit(importId, currentUser.actor()), "import.committing");
  }

  public void discard() {
    String importId = param("importId");
    act(importId, () -> imports.discard(importId, currentUser.actor()), "import.discarded");
  }

  private void act(String importId, Runnable action, String doneKey) {
    try {
      action.run();
      Pages.info(doneKey);
      Pages.redirect("/contacts-import.xhtml?id=" + importId);
    } catch (Conflict e) {
      Pages.error(e.getMessage());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Pages.redirect("/contacts-import.xhtml?id=" + importId);
    } catch (InvalidInput e) {
      Pages.error(e.getMessage());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Pages.redirect("/contacts-import.xhtml?id=" + importId);
    } catch (NotFound e) {
      Pages.notFound();
    }
  }

  private static String param(String name) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
  }

  public boolean isPreviewed() {
    return getCurrent() != null && current.state() == ImportState.PREVIEWED;
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id == null || id.length() > 36 ? null : id.toLowerCase(Locale.ROOT); }
  public int getPage() { return page; }
  public void setPage(int page) { this.page = Math.max(0, Math.min(page, 100_000)); }
  public Part getUpload() { return upload; }
  public void setUpload(Part upload) { this.upload = upload; }
}
