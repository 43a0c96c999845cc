package org.redheart.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.redheart.network.api.MemberEvent;

/** One line of a member's history (see {@link MemberEvent}); written, never changed. */
@Entity
@Table(name = "net_member_event")
public class MemberEventEntry {
  public static final String JOINED = "JOINED";
  public static final String REJOINED = "REJOINED";
  public static final String LEFT = "LEFT";
  public static final String VOLUNTEERED = "VOLUNTEERED";

  public static final String VIA_REVIEW = "REVIEW";
  public static final String VIA_STAFF = "STAFF";
  public static final String VIA_LINK = "LINK";
  public static final String VIA_MEETING = "MEETING";

  @Id private String id;

  @Column(name = "member_id", nullable = false)
  private String memberId;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false)
  private String action;

  @Column(name = "actor_id")
  private String actorId;

  @Column(nullable = false)
  private String via;

  @Column(name = "meeting_id")
  private String meetingId;

  protected MemberEventEntry() {}

  public MemberEventEntry(String memberId, String action, String via, String actorId, String meetingId, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.memberId = memberId;
    this.action = action;
    this.via = via;
    this.actorId = actorId;
    this.meetingId = meetingId;
    this.at = at;
  }

  public MemberEvent toEvent() {
    return new MemberEvent(at, action, via, actorId, meetingId);
  }
}
