package org.redheart.materials.api;

import java.util.List;

/**
 * What a social post about a meeting starts with: text from the meeting's approved report (else
 * its latest), the campaign's hashtag, the meeting's photos to choose from, and the length limit
 * the editor counts against.
 */
public record PostDraft(String meetingId, String meetingTitle, String text, String hashtag, List<MeetingPhoto> photos,
    int maxChars) {
  public PostDraft {
    photos = List.copyOf(photos);
  }
}
