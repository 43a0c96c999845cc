package org.redheart.meetings.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Calendar files (iCalendar, RFC 5545) for invitations, made with ical4j, each valid against RFC 5546
 * for its METHOD and carrying a VTIMEZONE for the meeting's zone (from ical4j's bundled definitions,
 * never looked up on the network: {@code ical4j.properties} of this module turns the updates off):
 * <ul>
 *   <li>{@link #publish}: METHOD:PUBLISH, no ATTENDEE — an "add to calendar" file with no reply buttons;
 *   <li>{@link #request}: METHOD:REQUEST with the invitee as ATTENDEE, PARTSTAT=ACCEPTED, RSVP=FALSE and
 *       the no-reply ORGANIZER — sent after acceptance and on every move (same UID, higher SEQUENCE);
 *   <li>{@link #cancel}: METHOD:CANCEL, STATUS:CANCELLED, same UID, higher SEQUENCE.
 * </ul>
 * Every file uses {@link CalendarEvent#sequence()} as given: the caller raises it (and stores it) before
 * a move or a cancellation. The meeting's zone is {@code event.start().getZone()}; an end in another
 * zone is shown in the start's zone. Without an end, the event lasts {@link #DEFAULT_LENGTH}.
 */
public final class CalendarFiles {

  public static final String PUBLISH = "PUBLISH";
  public static final String REQUEST = "REQUEST";
  public static final String CANCEL = "CANCEL";

  /** The length of an event whose end is not known. */
  public static final Duration DEFAULT_LENGTH = Duration.ofHours(2);

  static final String PRODID = "-//Red Heart Organiser//Invitations//EN";

  private CalendarFiles() {}

  public static byte[] publish(CalendarEvent event) {
    VEvent vevent = event(event);
    return write(calendar(ImmutableMethod.PUBLISH, event, vevent));
  }

  public static byte[] request(CalendarEvent event, String attendeeEmail, String attendeeName) {
    if (attendeeEmail == null || attendeeEmail.isBlank()) {
      throw new IllegalArgumentException("a REQUEST needs the attendee's e-mail address");
    }
    VEvent vevent = event(event);
    vevent.add(attendee(attendeeEmail, attendeeName, true));
    vevent.add(ImmutableStatus.VEVENT_CONFIRMED);
    return write(calendar(ImmutableMethod.REQUEST, event, vevent));
  }

  /** {@code attendeeEmail} null when only a PUBLISH file went out to them. */
  public static byte[] cancel(CalendarEvent event, String attendeeEmail, String attendeeName) {
    VEvent vevent = event(event);
    if (attendeeEmail != null && !attendeeEmail.isBlank()) {
      vevent.add(attendee(attendeeEmail, attendeeName, false));
    }
    vevent.add(ImmutableStatus.VEVENT_CANCELLED);
    return write(calendar(ImmutableMethod.CANCEL, event, vevent));
  }

  /** The MIME type of a file of this method: {@code text/calendar; charset=UTF-8; method=PUBLISH}. */
  public static String contentType(String method) {
    return "text/calendar; charset=UTF-8; method=" + method;
  }

  /** A file name for an attachment: {@code invitation.ics}, {@code cancellation.ics}. */
  public static String fileName(String method) {
    return CANCEL.equals(method) ? "cancellation.ics" : "invitation.ics";
  }

  // --- building ----------------------------------------------------------------------------------------

  private static Calendar calendar(Method method, CalendarEvent event, VEvent vevent) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(method);
    ZoneId zone = event.start().getZone();
    if (!isUtc(zone)) {
      calendar.add(vtimezone(zone));
    }
    calendar.add(vevent);
    return calendar;
  }

  private static VEvent event(CalendarEvent e) {
    Objects.requireNonNull(e, "event");
    require(e.uid(), "uid");
    require(e.summary(), "summary");
    require(e.organizerEmail(), "organizerEmail");
    Objects.requireNonNull(e.start(), "start");
    if (e.sequence() < 0) {
      throw new IllegalArgumentException("sequence must not be negative");
    }
    ZoneId zone = e.start().getZone();
    ZonedDateTime start = e.start().truncatedTo(ChronoUnit.SECONDS);
    ZonedDateTime end =
        (e.end() == null ? start.plus(DEFAULT_LENGTH) : e.end().withZoneSameInstant(zone))
            .truncatedTo(ChronoUnit.SECONDS);
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("the end must be after the start");
    }
    VEvent v = new VEvent(false);
    v.add(new DtStamp(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    v.add(new Uid(e.uid()));
    v.add(new Sequence(e.sequence()));
    if (isUtc(zone)) {
      v.add(new DtStart<>(start.toInstant()));
      v.add(new DtEnd<>(end.toInstant()));
    } else {
      v.add(dateProperty(new DtStart<>(start), zone));
      v.add(dateProperty(new DtEnd<>(end), zone));
    }
    v.add(new Summary(e.summary()));
    if (e.description() != null && !e.description().isBlank()) {
      v.add(new Description(e.description()));
    }
    if (e.location() != null && !e.location().isBlank()) {
      v.add(new Location(e.location()));
    }
    if (e.url() != null && !e.url().isBlank()) {
      v.add(new Url(URI.create(e.url())));
    }
    v.add(organizer(e.organizerEmail(), e.organizerName()));
    v.add(ImmutableTransp.OPAQUE);
    return v;
  }

  /** DTSTART/DTEND in the meeting's zone with its TZID (UTC times are written as instants, ending in Z). */
  private static <P extends net.fortuna.ical4j.model.property.DateProperty<ZonedDateTime>> P dateProperty(
      P property, ZoneId zone) {
    property.replace(new TzId(zone.getId()));
    return property;
  }

  private static Organizer organizer(String email, String name) {
    ParameterList params = new ParameterList();
    if (name != null && !name.isBlank()) {
      params = params.add(new Cn(name));
    }
    return new Organizer(params, mailto(email));
  }

  private static Attendee attendee(String email, String name, boolean accepted) {
    ParameterList params = new ParameterList();
    params = params.add(CuType.INDIVIDUAL).add(Role.REQ_PARTICIPANT);
    if (accepted) {
      params = params.add(PartStat.ACCEPTED);
    }
    params = params.add(Rsvp.FALSE);
    if (name != null && !name.isBlank()) {
      params = params.add(new Cn(name));
    }
    return new Attendee(params, mailto(email));
  }

  private static URI mailto(String email) {
    String address = email.trim();
    int lt = address.indexOf('<');
    int gt = address.indexOf('>');
    if (lt >= 0 && gt > lt) {
      address = address.substring(lt + 1, gt).trim();
    }
    if (address.isEmpty() || address.indexOf('@') < 1 || address.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("not an e-mail address: " + email);
    }
    return URI.create("mailto:" + address);
  }

  /** The VTIMEZONE of a zone from ical4j's bundled definitions (no network: updates are off). */
  static VTimeZone vtimezone(ZoneId zone) {
    TimeZone tz = registry().getTimeZone(zone.getId());
    if (tz == null) {
      throw new IllegalArgumentException("no time-zone definition for " + zone.getId());
    }
    return tz.getVTimeZone();
  }

  private static volatile TimeZoneRegistry registry;

  private static TimeZoneRegistry registry() {
    TimeZoneRegistry r = registry;
    if (r == null) {
      synchronized (CalendarFiles.class) {
        r = registry;
        if (r == null) {
          r = TimeZoneRegistryFactory.getInstance().createRegistry();
          registry = r;
        }
      }
    }
    return r;
  }

  private static boolean isUtc(ZoneId zone) {
    String id = zone.normalized().getId();
    return "Z".equals(id) || "UTC".equals(id) || "Etc/UTC".equals(id) || "GMT".equals(id);
  }

  private static void require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }

  private static byte[] write(Calendar calendar) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      // validation on output: a file that is not valid iCalendar is a bug here, never sent
      new CalendarOutputter(true).output(calendar, new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (net.fortuna.ical4j.validate.ValidationException e) {
      throw new IllegalStateException("invalid calendar file: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
