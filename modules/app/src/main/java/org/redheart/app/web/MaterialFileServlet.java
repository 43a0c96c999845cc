package org.redheart.app.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.Set;
import org.redheart.app.rest.ContentDisposition;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.Materials;
import org.redheart.materials.api.VersionFile;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.FileStore;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Role;

/**
 * A file of a material's version ({@code GET /materials/file?id=…&v=…&file=…}, signed in). The file
 * store lets only a file's owner and admins read it, so the material's own rule decides here: the
 * version is read as the user (its readers: the campaign's organisers and supervisors, the
 * safeguarding lead, admins) and the file must be one of that version's; only then is the content
 * read from the store on the system's behalf. Anything else is a plain 404.
 */
@WebServlet("/materials/file")
public class MaterialFileServlet extends HttpServlet {
  static final Actor STORE_READER = new Actor(Audit.SYSTEM, Set.of(Role.ADMIN));

  @Inject transient Materials materials;
  @Inject transient FileStore files;
  @Inject transient CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String materialId = req.getParameter("id");
    String fileId = req.getParameter("file");
    Integer number = parseNumber(req.getParameter("v"));
    if (materialId == null || fileId == null || !currentUser.isSignedIn()) {
      res.sendError(404);
      return;
    }
    Optional<VersionFile> file;
    try {
      var version = number == null ? materials.get(materialId, currentUser.actor()).current()
          : materials.version(materialId, number, currentUser.actor());
      file = version.files().stream().filter(f -> f.fileId().equals(fileId)).findFirst();
    } catch (NotFound | Forbidden | InvalidInput e) {
      file = Optional.empty();
    }
    if (file.isEmpty()) {
      res.sendError(404);
      return;
    }
    VersionFile f = file.get();
    try (InputStream in = files.content(f.fileId(), STORE_READER)) {
      res.setContentType(f.contentType());
      res.setHeader("Content-Disposition", ContentDisposition.of(f.image(), f.fileName()));
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox");
      res.setHeader("Cache-Control", "private, no-store");
      if (f.size() > 0) {
        res.setContentLengthLong(f.size());
      }
      OutputStream out = res.getOutputStream();
      in.transferTo(out);
    } catch (NotFound e) {
      res.sendError(404);
    }
  }

  private static Integer parseNumber(String v) {
    try {
      return v == null || v.isBlank() ? null : Integer.valueOf(v.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
