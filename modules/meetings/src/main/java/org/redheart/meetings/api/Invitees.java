package org.redheart.meetings.api;

import java.util.List;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * The invitees chosen for a meeting: speakers (contacts tagged "speaker") with a topic, and
 * participants, never more than the room capacity of the last concept note. Kept as ids; the
 * invitations issue sends the invitations and tracks the answers. Organisers and supervisors of the
 * meeting's campaign choose them; whoever may read the meeting may list them.
 *
 * @throws org.redheart.platform.api.NotFound for an unknown meeting or contact
 * @throws org.redheart.platform.api.Forbidden for someone outside the meeting's campaign
 * @throws org.redheart.platform.api.InvalidInput for a speaker without the tag or topic, or a room that is full
 */
public interface Invitees {
  /** The tag a contact must have to be chosen as a speaker. */
  String SPEAKER_TAG = "speaker";

  /** What "add all matching" did: added, already invited, left out because the room was full. */
  record Added(int added, int alreadyInvited, int leftOut) {}

  /** Speakers first, then participants, each in the order they were added. */
  Page<InviteeData> list(String meetingId, PageRequest page, Actor actor);

  /** How many are invited (speakers and participants). */
  long count(String meetingId, Actor actor);

  /** The room capacity from the last concept note (or the meeting), null when none is known. */
  Integer capacity(String meetingId, Actor actor);

  /** Adds an invitee, or changes an invitee's kind and topic. */
  InviteeData add(String meetingId, String contactId, String kind, String topic, Actor actor);

  /** Adds participants in order until the room is full; those already invited are left as they are. */
  Added addParticipants(String meetingId, List<String> contactIds, Actor actor);

  /** Removes an invitee; removing one who is not invited changes nothing. */
  void remove(String meetingId, String contactId, Actor actor);
}
