package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An attendee's place in a breakout group; {@code pinned} when put there by hand. */
@Entity
@Table(name = "mtg_group_member")
@IdClass(GroupMember.Key.class)
public class GroupMember {
  @Id
  @Column(name = "group_id")
  private Long groupId;

  @Id
  @Column(name = "attendee_id")
  private Long attendeeId;

  @Column(nullable = false)
  private boolean pinned;

  protected GroupMember() {}

  public GroupMember(Long groupId, Long attendeeId, boolean pinned) {
    this.groupId = groupId;
    this.attendeeId = attendeeId;
    this.pinned = pinned;
  }

  public Long groupId() { return groupId; }
  public Long attendeeId() { return attendeeId; }
  public boolean pinned() { return pinned; }

  /** The composite key. */
  public static class Key implements Serializable {
    private Long groupId;
    private Long attendeeId;

    public Key() {}

    public Key(Long groupId, Long attendeeId) {
      this.groupId = groupId;
      this.attendeeId = attendeeId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(groupId, k.groupId) && Objects.equals(attendeeId, k.attendeeId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(groupId, attendeeId);
    }
  }
}
