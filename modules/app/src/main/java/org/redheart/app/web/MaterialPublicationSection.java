package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.Channel;
import org.redheart.materials.api.MaterialDetails;
import org.redheart.materials.api.MaterialKind;
import org.redheart.materials.api.MaterialStatus;
import org.redheart.materials.api.Publication;
import org.redheart.materials.api.PublicationState;
import org.redheart.materials.api.SocialPosts;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/**
 * The "Publication" section of a social post's page ({@code material-publication.xhtml}): its
 * channel, state, tries, next try, the channel's error and the permalink; for organisers and
 * supervisors of the campaign, scheduling an approved post (the Facebook page only when it is
 * configured; a date and time in the zone of the post's meeting, or now) and Retry.
 */
@Named("materialPublication")
@RequestScoped
public class MaterialPublicationSection {
  /** The zone of a post without a meeting: the campaign works in Bangladesh. */
  static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Dhaka");
  static final Map<String, String> IDS = Map.of("channel", "publication:channel", "at", "publication:at");

  @Inject MaterialView view;
  @Inject SocialPosts posts;
  @Inject CurrentUser currentUser;
  @Inject Formats formats;

  private boolean loaded;
  private Publication publication;
  private Boolean facebook;
  private String channel;
  private String at;

  /** Shown for social posts that are approved or published, or that have a publication. */
  public boolean isVisible() {
    MaterialDetails d = view.getDetails();
    if (d == null || !MaterialKind.SOCIAL_POST.equals(d.summary().kindCode())) {
      return false;
    }
    MaterialStatus s = d.summary().status();
    return s == MaterialStatus.APPROVED || s == MaterialStatus.PUBLISHED || getPublication() != null;
  }

  public Publication getPublication() {
    if (!loaded) {
      loaded = true;
      MaterialDetails d = view.getDetails();
      if (d != null) {
        try {
          publication = posts.publication(d.id(), currentUser.actor());
        } catch (NotFound | Forbidden e) {
          publication = null;
        }
      }
    }
    return publication;
  }

  public boolean isFacebookConfigured() {
    if (facebook == null) {
      facebook = posts.facebookConfigured();
    }
    return facebook;
  }

  public List<Channel> getChannels() {
    return isFacebookConfigured() ? List.of(Channel.FACEBOOK_PAGE, Channel.MANUAL) : List.of(Channel.MANUAL);
  }

  /** Organisers and supervisors of the campaign schedule an approved post not yet out nor being published. */
  public boolean isCanSchedule() {
    MaterialDetails d = view.getDetails();
    if (d == null || !view.isWriter() || d.summary().status() != MaterialStatus.APPROVED) {
      return false;
    }
    Publication p = getPublication();
    return p == null || p.state() == PublicationState.SCHEDULED || p.state() == PublicationState.RETRY_WAIT
        || p.state() == PublicationState.FAILED;
  }

  public boolean isCanRetry() {
    Publication p = getPublication();
    return p != null && view.isWriter() && view.getDetails().summary().status() == MaterialStatus.APPROVED
        && (p.state() == PublicationState.FAILED || p.state() == PublicationState.RETRY_WAIT
            || p.state() == PublicationState.SCHEDULED);
  }

  /** The zone the date and time are entered in: the post's first meeting's, else Asia/Dhaka. */
  public ZoneId getZone() {
    List<MeetingSummary> meetings = view.getMeetings();
    return meetings.isEmpty() || meetings.get(0).startsAt() == null ? DEFAULT_ZONE
        : meetings.get(0).startsAt().getZone();
  }

  public String getZoneLabel() {
    return getZone().getId();
  }

  /** A time shown in the zone the times are entered in. */
  public String time(Instant t) {
    return t == null ? "" : formats.meetingTime(t.atZone(getZone()));
  }

  public String stateLabel(PublicationState state) {
    return state == null ? "" : Pages.text("publish.state." + state.name());
  }

  public String channelLabel(Channel c) {
    return c == null ? "" : Pages.text("publish.channel." + c.name());
  }

  public void schedule() {
    MaterialDetails d = view.getDetails();
    if (d == null) {
      return;
    }
    Channel chosen;
    try {
      chosen = channel == null || channel.isBlank() ? null : Channel.valueOf(channel.strip());
    } catch (IllegalArgumentException e) {
      chosen = null;
    }
    if (chosen == null) {
      MaterialForms.fieldError("publication:channel", "publish.error.channelRequired");
      return;
    }
    Instant when = null;
    if (at != null && !at.isBlank()) {
      try {
        when = LocalDateTime.parse(at.strip()).atZone(getZone()).toInstant();
      } catch (DateTimeParseException e) {
        MaterialForms.fieldError("publication:at", "publish.error.badTime");
        return;
      }
    }
    try {
      posts.schedule(d.id(), chosen, when, currentUser.actor());
      Pages.info(when == null ? "publish.scheduledNow" : "publish.scheduled");
      Pages.redirect("/materials/view.xhtml?id=" + d.id());
    } catch (InvalidInput e) {
      MaterialForms.fieldErrors(e, IDS);
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  public void retry() {
    MaterialDetails d = view.getDetails();
    if (d == null) {
      return;
    }
    try {
      posts.retryNow(d.id(), currentUser.actor());
      Pages.info("publish.retried");
      Pages.redirect("/materials/view.xhtml?id=" + d.id());
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getAt() {
    return at;
  }

  public void setAt(String at) {
    this.at = at;
  }
}
