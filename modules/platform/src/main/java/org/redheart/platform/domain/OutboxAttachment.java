package org.redheart.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Base64;
import java.util.UUID;

/** A file sent with an outbox mail (such as a calendar file), kept as Base64 text. */
@Entity
@Table(name = "plt_outbox_attachment")
public class OutboxAttachment {
  @Id private String id;

  @Column(name = "outbox_id", nullable = false)
  private String outboxId;

  @Column(name = "seq_no", nullable = false)
  private int seqNo;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "content_base64", nullable = false)
  private String contentBase64;

  protected OutboxAttachment() {}

  public OutboxAttachment(String outboxId, int seqNo, String fileName, String contentType, byte[] content) {
    this.id = UUID.randomUUID().toString();
    this.outboxId = outboxId;
    this.seqNo = seqNo;
    this.fileName = fileName;
    this.contentType = contentType;
    this.contentBase64 = Base64.getEncoder().encodeToString(content);
  }

  public String fileName() { return fileName; }
  public String contentType() { return contentType; }
  public long size() { return Base64.getDecoder().decode(contentBase64).length; }
}
