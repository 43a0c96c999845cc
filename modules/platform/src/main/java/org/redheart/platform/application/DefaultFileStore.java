package org.redheart.platform.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.FileInfo;
import org.redheart.platform.api.FileKind;
import org.redheart.platform.api.FileStore;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;
import org.redheart.platform.domain.StoredFile;

/**
 * The file store on the data directory ({@code redheart.data.dir}, shared when clustered) with its
 * metadata in {@code plt_file}. The content is written before the row: a rolled-back transaction
 * leaves an unreferenced file behind, never a row without its file.
 */
@ApplicationScoped
@Transactional
public class DefaultFileStore implements FileStore {
  static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  private FileIntake intake;

  @PostConstruct
  void configure() {
    var config = ConfigProvider.getConfig();
    Path dataDir = Path.of(config.getOptionalValue("redheart.data.dir", String.class).orElse("./data"));
    long max = config.getOptionalValue("redheart.files.max-bytes", Long.class).orElse(DEFAULT_MAX_BYTES);
    intake = new FileIntake(dataDir.toAbsolutePath(), max);
  }

  @Override
  public FileInfo store(InputStream content, long declaredLength, String declaredName, String ownerId, Set<FileKind> allowed) {
    if (ownerId == null || ownerId.isBlank()) {
      throw new InvalidInput("owner", "is required");
    }
    if (allowed == null || allowed.isEmpty()) {
      throw new IllegalArgumentException("a use of the file store names the kinds it accepts");
    }
    FileIntake.Taken taken = intake.take(content, declaredLength, declaredName, allowed);
    StoredFile file = new StoredFile(taken.id(), ownerId, taken.name(), taken.contentType(), taken.size(), taken.sha256(),
        taken.storageName());
    em.persist(file);
    return file.toInfo();
  }

  @Override
  public FileInfo info(String fileId, Actor reader) {
    return readable(fileId, reader).toInfo();
  }

  @Override
  public InputStream content(String fileId, Actor reader) {
    StoredFile file = readable(fileId, reader);
    try {
      return Files.newInputStream(intake.root().resolve(file.storageName()));
    } catch (IOException e) {
      throw new UncheckedIOException("the content of file " + fileId + " is missing from the data directory", e);
    }
  }

  @Override
  public Page<FileInfo> listOwn(String ownerId, PageRequest page) {
    long total = em.createQuery("select count(f) from StoredFile f where f.ownerId = :o", Long.class)
        .setParameter("o", ownerId)
        .getSingleResult();
    var items = em.createQuery("select f from StoredFile f where f.ownerId = :o order by f.createdAt desc, f.id", StoredFile.class)
        .setParameter("o", ownerId)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultStream()
        .map(StoredFile::toInfo)
        .toList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  public long maxBytes() {
    return intake.maxBytesLimit();
  }

  private StoredFile readable(String fileId, Actor reader) {
    StoredFile file = fileId == null || fileId.length() > 36 ? null : em.find(StoredFile.class, fileId);
    if (file == null || reader == null || !(file.ownerId().equals(reader.userId()) || reader.has(Role.ADMIN))) {
      throw new NotFound("file", String.valueOf(fileId));
    }
    return file;
  }
}
