package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A meeting a material belongs to ({@code mat_material_meeting}). */
@Entity
@Table(name = "mat_material_meeting")
@IdClass(MaterialMeeting.Key.class)
public class MaterialMeeting {
  @Id
  @Column(name = "material_id")
  private String materialId;

  @Id
  @Column(name = "meeting_id")
  private String meetingId;

  protected MaterialMeeting() {}

  public MaterialMeeting(String materialId, String meetingId) {
    this.materialId = materialId;
    this.meetingId = meetingId;
  }

  public String meetingId() {
    return meetingId;
  }

  /** The composite key (material, meeting). */
  public static class Key implements Serializable {
    private String materialId;
    private String meetingId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(materialId, k.materialId) && Objects.equals(meetingId, k.meetingId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(materialId, meetingId);
    }
  }
}
