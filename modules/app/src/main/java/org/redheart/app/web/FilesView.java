package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.FileInfo;
import org.redheart.platform.api.FileKind;
import org.redheart.platform.api.FileStore;
import org.redheart.platform.api.FileTooLarge;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/** My files: upload a photo or a document (checked by content, metadata stripped) and see mine. */
@Named
@RequestScoped
public class FilesView {
  static final int PAGE_SIZE = 20;
  static final Set<FileKind> ACCEPTED = Set.of(FileKind.IMAGE, FileKind.DOCUMENT);

  @Inject FileStore files;
  @Inject CurrentUser currentUser;
  @Inject Formats formats;

  private Part upload;
  private int page;
  private Page<FileInfo> result;

  public Page<FileInfo> getResult() {
    if (result == null) {
      result = files.listOwn(currentUser.getUser().id(), new PageRequest(page, PAGE_SIZE));
    }
    return result;
  }

  public void store() {
    if (upload == null || upload.getSize() == 0) {
      Pages.fieldErrors(new InvalidInput("file", Pages.text("files.choose")), Map.of("file", "upload:file"));
      return;
    }
    try (InputStream in = upload.getInputStream()) {
      FileInfo stored = files.store(in, upload.getSize(), upload.getSubmittedFileName(), currentUser.getUser().id(), ACCEPTED);
      Pages.info("files.stored", stored.name());
      Pages.redirect("/files.xhtml");
    } catch (FileTooLarge e) {
      Pages.fieldErrors(new InvalidInput("file", Pages.text("files.tooLarge", FileTooLarge.describe(e.limit()))), Map.of("file", "upload:file"));
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

  /** "1.2 MB", "35 KB", in the page's digits. */
  public String size(long bytes) {
    if (bytes >= 1024 * 1024) {
      return formats.localDigits(String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0))) + " MB";
    }
    return formats.number(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
  }

  public String getLimit() {
    return Pages.text("files.limit", FileTooLarge.describe(files.maxBytes()));
  }

  public Part getUpload() { return upload; }
  public void setUpload(Part upload) { this.upload = upload; }
  public int getPage() { return page; }
  public void setPage(int page) { this.page = Math.max(0, Math.min(page, 100_000)); }
}
