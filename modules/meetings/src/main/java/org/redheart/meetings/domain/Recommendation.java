package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A recommendation for the campaign recorded at a meeting: a demand or a good practice. */
@Entity
@Table(name = "mtg_recommendation")
public class Recommendation {
  public static final String DEMAND = "DEMAND";
  public static final String GOOD_PRACTICE = "GOOD_PRACTICE";

  // A sequence, not IDENTITY: EclipseLink reads identities with CALL IDENTITY(), which H2 2.x no longer has.
  @Id
  @SequenceGenerator(name = "mtg_recommendation_seq", sequenceName = "mtg_recommendation_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mtg_recommendation_seq")
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private String meetingId;

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false, length = 4000)
  private String text;

  @Column(nullable = false)
  private int position;

  protected Recommendation() {}

  public Recommendation(String meetingId, String kind, String text, int position) {
    this.meetingId = meetingId;
    this.kind = kind;
    this.text = text;
    this.position = position;
  }

  public Long id() { return id; }
  public String meetingId() { return meetingId; }
  public String kind() { return kind; }
  public String text() { return text; }
  public int position() { return position; }

  public void setText(String text) {
    this.text = text;
  }
}
