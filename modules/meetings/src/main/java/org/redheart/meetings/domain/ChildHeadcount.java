package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** How many children of an age band came to a meeting: a number, never names. Set, not added. */
@Entity
@Table(name = "mtg_child_headcount")
@IdClass(ChildHeadcount.Key.class)
public class ChildHeadcount {
  @Id
  @Column(name = "meeting_id")
  private String meetingId;

  @Id
  @Column(name = "age_band")
  private String ageBand;

  @Column(nullable = false)
  private int headcount;

  protected ChildHeadcount() {}

  public ChildHeadcount(String meetingId, String ageBand, int headcount) {
    this.meetingId = meetingId;
    this.ageBand = ageBand;
    this.headcount = headcount;
  }

  public String meetingId() { return meetingId; }
  public String ageBand() { return ageBand; }
  public int headcount() { return headcount; }

  public void setHeadcount(int headcount) {
    this.headcount = headcount;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private String meetingId;
    private String ageBand;

    public Key() {}

    public Key(String meetingId, String ageBand) {
      this.meetingId = meetingId;
      this.ageBand = ageBand;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(meetingId, k.meetingId) && Objects.equals(ageBand, k.ageBand);
    }

    @Override
    public int hashCode() {
      return Objects.hash(meetingId, ageBand);
    }
  }
}
