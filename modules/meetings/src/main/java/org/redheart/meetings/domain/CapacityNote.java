package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Why a meeting went over its room capacity, written by whoever checked people in. */
@Entity
@Table(name = "mtg_capacity_note")
public class CapacityNote {
  @Id
  @Column(name = "meeting_id")
  private String meetingId;

  @Column(nullable = false, length = 2000)
  private String note;

  @Column(name = "noted_by", nullable = false)
  private String notedBy;

  @Column(name = "noted_at", nullable = false)
  private Instant notedAt;

  protected CapacityNote() {}

  public CapacityNote(String meetingId, String note, String notedBy) {
    this.meetingId = meetingId;
    change(note, notedBy);
  }

  public void change(String note, String notedBy) {
    this.note = note;
    this.notedBy = notedBy;
    this.notedAt = Instant.now();
  }

  public String meetingId() { return meetingId; }
  public String note() { return note; }
  public String notedBy() { return notedBy; }
  public Instant notedAt() { return notedAt; }
}
