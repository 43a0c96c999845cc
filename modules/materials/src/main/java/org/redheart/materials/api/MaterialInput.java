package org.redheart.materials.api;

import java.util.List;

/**
 * What describes a material (not its content): its campaign, kind, title, the language it is
 * written in ("en", "bn" or "en+bn"), and the meetings it belongs to (may be empty).
 */
public record MaterialInput(String campaignId, String kindCode, String title, String language, List<String> meetingIds) {
  public MaterialInput {
    meetingIds = meetingIds == null ? List.of() : List.copyOf(meetingIds);
  }
}
