package org.redheart.meetings.api;

import java.util.List;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * The invitees chosen for a meeting: speakers (contacts tagged "speaker") with a topic, and
 * participants (more than the room holds is allowed: acceptances beyond the capacity join the waiting
 * list, see {@link Invitations}). Kept as ids; {@link Invitations} sends the invitations and tracks the
 * answers. Organisers and supervisors of the
 * meeting's campaign choose them; whoever may read the meeting may list them.
 *
 * @throws org.redheart.platform.api.NotFound for an unknown meeting or contact
 * @throws org.redheart.platform.api.Forbidden for someone outside the meeting's campaign
 * @throws org.redheart.platform.api.InvalidInput for a speaker without the tag or topic, a length outside
 *     5-240 minutes, or a change of kind (or removal) after the invitation was sent
 */
public interface Invitees {
  /** The tag a contact must have to be chosen as a speaker. */
  String SPEAKER_TAG = "speaker";

  /** What "add all matching" did: added, already invited, left out (none since invitations have a waiting list). */
  record Added(int added, int alreadyInvited, int leftOut) {}

  /** Speakers first, then participants, each in the order they were added. */
  Page<InviteeData> list(String meetingId, PageRequest page, Actor actor);

  /** How many are invited (speakers and participants). */
  long count(String meetingId, Actor actor);

  /** The room capacity from the last concept note (or the meeting), null when none is known. */
  Integer capacity(String meetingId, Actor actor);

  /** Adds an invitee, or changes an invitee's kind and topic. */
  default InviteeData add(String meetingId, String contactId, String kind, String topic, Actor actor) {
    return add(meetingId, contactId, kind, topic, null, actor);
  }

  /** As {@link #add(String, String, String, String, Actor)}, with a speaker's talk length (5-240 minutes, optional). */
  InviteeData add(String meetingId, String contactId, String kind, String topic, Integer lengthMinutes, Actor actor);

  /** Adds participants in order; those already invited are left as they are. */
  Added addParticipants(String meetingId, List<String> contactIds, Actor actor);

  /**
   * Removes an invitee not sent an invitation yet (a sent one is withdrawn through {@link
   * Invitations#withdraw}); removing one who is not invited changes nothing.
   */
  void remove(String meetingId, String contactId, Actor actor);
}
