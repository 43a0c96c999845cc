package org.redheart.reporting.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The approved version of a report ({@code rpt_archive}), kept unchanged: DOCX and HTML in English and
 * Bangla, the content JSON and its SHA-256. Only a recorded redaction replaces it.
 */
@Entity
@Table(name = "rpt_archive")
public class ArchiveEntry {
  @Id
  @Column(name = "report_id")
  private String reportId;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "docx_en", nullable = false)
  private byte[] docxEn;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "docx_bn", nullable = false)
  private byte[] docxBn;

  @Column(name = "html_en", nullable = false)
  private String htmlEn;

  @Column(name = "html_bn", nullable = false)
  private String htmlBn;

  @Column(nullable = false)
  private String content;

  @Column(name = "content_hash", nullable = false)
  private String contentHash;

  @Column(name = "archived_at", nullable = false)
  private Instant archivedAt;

  protected ArchiveEntry() {}

  public ArchiveEntry(String reportId, byte[] docxEn, byte[] docxBn, String htmlEn, String htmlBn, String content,
      String contentHash, Instant archivedAt) {
    this.reportId = reportId;
    replace(docxEn, docxBn, htmlEn, htmlBn, content, contentHash, archivedAt);
  }

  /** Replaces the archived version (a recorded redaction only). */
  public void replace(byte[] docxEn, byte[] docxBn, String htmlEn, String htmlBn, String content, String contentHash,
      Instant at) {
    this.docxEn = docxEn;
    this.docxBn = docxBn;
    this.htmlEn = htmlEn;
    this.htmlBn = htmlBn;
    this.content = content;
    this.contentHash = contentHash;
    this.archivedAt = at;
  }

  public String reportId() { return reportId; }
  public byte[] docx(String language) { return "bn".equals(language) ? docxBn : docxEn; }
  public String html(String language) { return "bn".equals(language) ? htmlBn : htmlEn; }
  public String content() { return content; }
  public String contentHash() { return contentHash; }
  public Instant archivedAt() { return archivedAt; }
}
