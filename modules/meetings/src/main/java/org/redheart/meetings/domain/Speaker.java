package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A speaking slot: one person (a contact) speaking, chairing, hosting or welcoming at one meeting,
 * with the topic, how they joined (on site, online, or unknown — never guessed) and their country
 * (ISO code, normalised).
 */
@Entity
@Table(name = "mtg_speaker")
public class Speaker {
  public enum Role { SPEAKER, CHAIR, HOST, WELCOME }

  public enum Joined { ONSITE, ONLINE, UNKNOWN }

  // A sequence, not IDENTITY: EclipseLink reads identities with CALL IDENTITY(), which H2 2.x no longer has.
  @Id
  @SequenceGenerator(name = "mtg_speaker_seq", sequenceName = "mtg_speaker_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mtg_speaker_seq")
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private String meetingId;

  /** The contact's id (a UUID of the contacts module). */
  @Column(name = "contact_id", nullable = false)
  private String contactId;

  @Column(nullable = false)
  private String role;

  @Column(length = 1000)
  private String topic;

  @Column(nullable = false)
  private String joined;

  @Column(name = "country_code")
  private String countryCode;

  @Column(nullable = false)
  private int position;

  protected Speaker() {}

  public Speaker(String meetingId, String contactId, Role role, String topic, Joined joined, String countryCode, int position) {
    this.meetingId = meetingId;
    this.contactId = contactId;
    this.role = role.name();
    this.topic = topic;
    this.joined = joined.name();
    this.countryCode = countryCode;
    this.position = position;
  }

  public Long id() { return id; }
  public String meetingId() { return meetingId; }
  public String contactId() { return contactId; }
  public Role role() { return Role.valueOf(role); }
  public String topic() { return topic; }
  public Joined joined() { return Joined.valueOf(joined); }
  public String countryCode() { return countryCode; }
  public int position() { return position; }
}
