package org.redheart.platform.api;

import java.io.InputStream;
import java.util.Set;

/**
 * The file store: uploads are checked by their content (never by name or declared type) against the
 * kinds the use allows, limited in size while they stream in, stripped of image metadata (EXIF, GPS,
 * XMP, comments), and kept under a server-generated name in the data directory ({@code
 * redheart.data.dir}, a shared path when several instances run), with their metadata in the
 * database. A file is readable by its owner and by admins; a module that attaches a file to its own
 * records keeps the id and applies its own access rules before serving it.
 */
public interface FileStore {

  /**
   * Stores an upload. The stream is read once, counted as it goes, and abandoned as soon as it
   * passes the limit.
   *
   * @param content the bytes as they arrive (not closed here)
   * @param declaredLength the length the client announced, or -1 when unknown; a length above the
   *     limit is refused before anything is read
   * @param declaredName the name the client gave (only kept, sanitised, for display and download)
   * @param ownerId the user who uploads it
   * @param allowed what this use accepts
   * @throws FileTooLarge above {@link #maxBytes()}
   * @throws InvalidInput (field {@code file}) for an empty upload or a type the use does not allow,
   *     saying what the content really is
   */
  FileInfo store(InputStream content, long declaredLength, String declaredName, String ownerId, Set<FileKind> allowed);

  /**
   * The file's metadata.
   *
   * @throws NotFound when there is none, or the reader is neither its owner nor an admin
   */
  FileInfo info(String fileId, Actor reader);

  /**
   * The file's content, to be closed by the caller.
   *
   * @throws NotFound as {@link #info}
   */
  InputStream content(String fileId, Actor reader);

  /** The owner's files, newest first. */
  Page<FileInfo> listOwn(String ownerId, PageRequest page);

  /** The size limit of one file, in bytes ({@code redheart.files.max-bytes}). */
  long maxBytes();
}
