package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A breakout group of a meeting: its place in the list, its theme (a code such as A, B, C and the
 * theme's text), facilitator and rapporteur (attendee ids), and the challenges it named (its
 * findings; action plans are {@link ActionPlan}s). A past meeting's planned-but-not-held group has
 * {@code held} false.
 */
@Entity
@Table(name = "mtg_breakout_group")
public class BreakoutGroup {
  // A sequence, not IDENTITY: EclipseLink reads identities with CALL IDENTITY(), which H2 2.x no longer has.
  @Id
  @SequenceGenerator(name = "mtg_breakout_group_seq", sequenceName = "mtg_breakout_group_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mtg_breakout_group_seq")
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private String meetingId;

  @Column(nullable = false)
  private int position;

  @Column(name = "theme_code", nullable = false)
  private String themeCode;

  @Column(length = 1000)
  private String theme;

  @Column(name = "facilitator_id")
  private Long facilitatorId;

  @Column(name = "rapporteur_id")
  private Long rapporteurId;

  @Column(length = 8000)
  private String challenges;

  @Column(nullable = false)
  private boolean held = true;

  @Column(name = "theme_suggested", nullable = false)
  private boolean themeSuggested;

  protected BreakoutGroup() {}

  public BreakoutGroup(String meetingId, int position, String themeCode, String theme) {
    this.meetingId = meetingId;
    this.position = position;
    this.themeCode = themeCode;
    this.theme = theme;
  }

  public Long id() { return id; }
  public String meetingId() { return meetingId; }
  public int position() { return position; }
  public String themeCode() { return themeCode; }
  public String theme() { return theme; }
  public Long facilitatorId() { return facilitatorId; }
  public Long rapporteurId() { return rapporteurId; }
  public String challenges() { return challenges; }
  public boolean held() { return held; }

  public void setTheme(String themeCode, String theme) {
    this.themeCode = themeCode;
    this.theme = theme;
  }

  public void setLeads(Long facilitatorId, Long rapporteurId) {
    this.facilitatorId = facilitatorId;
    this.rapporteurId = rapporteurId;
  }

  public void setChallenges(String challenges) {
    this.challenges = challenges;
  }

  /** Whether the theme code is only a suggestion (from the theme's text) that a person has not confirmed. */
  public boolean themeSuggested() { return themeSuggested; }

  public void setThemeSuggested(boolean themeSuggested) {
    this.themeSuggested = themeSuggested;
  }

  public void setHeld(boolean held) {
    this.held = held;
  }
}
