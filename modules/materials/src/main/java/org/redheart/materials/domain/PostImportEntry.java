package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.redheart.materials.api.PostImport;
import org.redheart.platform.api.Conflict;

/**
 * A CSV import of posts or figures ({@code mat_post_import}): the stored file, its header, the
 * mapping in use and the counts of its last check. Its problems are {@link PostImportProblem}s.
 */
@Entity
@Table(name = "mat_post_import")
public class PostImportEntry {
  @Id private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PostImport.Kind kind;

  @Column(name = "campaign_id", nullable = false)
  private String campaignId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PostImport.State state;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "file_id", nullable = false)
  private String fileId;

  @Column(nullable = false)
  private String header;

  @Column(nullable = false)
  private String mapping;

  @Column(name = "row_count", nullable = false)
  private int rowCount;

  @Column(name = "posts_found", nullable = false)
  private int postsFound;

  @Column(nullable = false)
  private int snapshots;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected PostImportEntry() {}

  public PostImportEntry(PostImport.Kind kind, String campaignId, String fileId, String fileName, List<String> header,
      String createdBy, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.kind = kind;
    this.campaignId = campaignId;
    this.fileId = fileId;
    this.fileName = fileName;
    this.header = PostImportMapping.encodeHeader(header);
    this.mapping = "";
    this.state = PostImport.State.PREVIEW;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public void checked(Map<String, Integer> mapping, int rows, int posts, int snapshots) {
    requirePreview();
    this.mapping = PostImportMapping.encode(mapping);
    this.rowCount = rows;
    this.postsFound = posts;
    this.snapshots = snapshots;
  }

  public void requirePreview() {
    if (state != PostImport.State.PREVIEW) {
      throw new Conflict("the import is " + state + " already");
    }
  }

  public void committed() {
    requirePreview();
    state = PostImport.State.COMMITTED;
  }

  public void discarded() {
    requirePreview();
    state = PostImport.State.DISCARDED;
  }

  public String id() {
    return id;
  }

  public PostImport.Kind kind() {
    return kind;
  }

  public String campaignId() {
    return campaignId;
  }

  public PostImport.State state() {
    return state;
  }

  public String fileId() {
    return fileId;
  }

  public String fileName() {
    return fileName;
  }

  public List<String> header() {
    return PostImportMapping.decodeHeader(header);
  }

  public Map<String, Integer> mapping() {
    return PostImportMapping.decode(mapping);
  }

  public String createdBy() {
    return createdBy;
  }

  public PostImport view(List<PostImport.Problem> problems, List<List<String>> sample) {
    return new PostImport(id, kind, campaignId, state, header(), mapping(), rowCount, postsFound, snapshots, problems,
        createdBy, createdAt, sample);
  }
}
