package org.redheart.app.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.redheart.platform.api.FileTooLarge;
import org.redheart.platform.api.InvalidInput;

/**
 * The part named {@code file} of a multipart/form-data upload, streamed (never buffered whole) within
 * the file store's limit: one place for the limits and the errors of every upload endpoint. A body
 * announcing more than the limit is refused with 413 before it is read, one that streams past it as
 * soon as it does.
 */
final class MultipartFile {
  /** Room for the multipart boundaries and part headers around the file itself. */
  static final long OVERHEAD = 64 * 1024;

  /** What an endpoint does with the file's content and the name the client gave it. */
  interface Handler {
    Response accept(InputStream content, String name) throws IOException;
  }

  private MultipartFile() {}

  static Response read(HttpServletRequest request, long max, Handler handler) {
    if (request.getContentLengthLong() > max + OVERHEAD) {
      return tooLarge(max);
    }
    JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> upload = new JakartaServletFileUpload<>();
    upload.setSizeMax(max + OVERHEAD);
    try {
      FileItemInputIterator parts = upload.getItemIterator(request);
      while (parts.hasNext()) {
        FileItemInput part = parts.next();
        if (!part.isFormField() && "file".equals(part.getFieldName())) {
          try (InputStream in = part.getInputStream()) {
            return handler.accept(in, part.getName());
          }
        }
      }
    } catch (FileTooLarge | FileUploadSizeException e) {
      return tooLarge(max);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof FileUploadSizeException) {
        return tooLarge(max);
      }
      throw e;
    } catch (FileUploadException e) {
      throw new InvalidInput("file", "the multipart/form-data body could not be read: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new InvalidInput("file", "send the file as a multipart/form-data part named 'file'");
  }

  static Response tooLarge(long max) {
    return ProblemMappers.problem(413, "Content Too Large", "file: is larger than the limit of " + FileTooLarge.describe(max), null);
  }
}
