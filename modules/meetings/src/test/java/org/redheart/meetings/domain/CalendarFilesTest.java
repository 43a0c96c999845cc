package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.util.Configurator;
import net.fortuna.ical4j.validate.ITIPValidator;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/**
 * The invitation's calendar files, parsed back with ical4j and validated by its iTIP (RFC 5546)
 * validator for their METHOD.
 */
class CalendarFilesTest {

  static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
  static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
  static final String NO_REPLY = "no-reply@redheart.example";

  /** Monday 29 March 2027, the day after Europe's change to summer time (Sunday 28 March). */
  static final ZonedDateTime START = ZonedDateTime.of(2027, 3, 29, 14, 0, 0, 0, DHAKA);

  static CalendarEvent event(int sequence, ZonedDateTime start) {
    return new CalendarEvent(
        "inv-1234@redheart",
        sequence,
        "Stakeholder meeting: child protection in Khulna",
        "Answer only through the link: https://rh.example/public/invitation.xhtml?t=abc",
        start,
        start.plusHours(3),
        "Hotel Castle Salam, Khulna",
        "https://rh.example/public/invitation.xhtml?t=abc",
        NO_REPLY,
        "Red Heart Organiser");
  }

  @Test
  void publish_is_valid_for_its_method_and_has_no_attendee() throws Exception {
    Calendar cal = parse(CalendarFiles.publish(event(0, START)));

    assertValid(cal, ImmutableMethod.PUBLISH);
    VEvent ev = onlyEvent(cal);
    assertThat(value(cal, Property.METHOD)).isEqualTo("PUBLISH");
    assertThat(ev.getProperties(Property.ATTENDEE)).isEmpty();
    assertThat(value(ev, Property.UID)).isEqualTo("inv-1234@redheart");
    assertThat(value(ev, Property.SEQUENCE)).isEqualTo("0");
    assertThat(value(ev, Property.ORGANIZER)).isEqualTo("mailto:" + NO_REPLY);
    assertThat(value(ev, Property.URL)).isEqualTo("https://rh.example/public/invitation.xhtml?t=abc");
    assertThat(value(ev, Property.LOCATION)).isEqualTo("Hotel Castle Salam, Khulna");
    assertMeetingZone(cal, ev, "Asia/Dhaka", "20270329T140000", "20270329T170000");
  }

  /**
   * The validators used here do check the METHOD: a PUBLISH file relabelled REQUEST (no ATTENDEE) fails,
   * a file without METHOD fails iTIP.
   */
  @Test
  void the_itip_validator_catches_a_request_without_attendee() throws Exception {
    String publish = new String(CalendarFiles.publish(event(0, START)), StandardCharsets.UTF_8);
    Calendar wrong = parse(publish.replace("METHOD:PUBLISH", "METHOD:REQUEST").getBytes(StandardCharsets.UTF_8));
    // ITIPValidator checks the calendar level (PRODID, VERSION, METHOD, one kind of component); the
    // METHOD's rules for the VEVENT come from VEvent.validate(Method) and Calendar.validate()
    assertThat(new ITIPValidator().validate(wrong).hasErrors()).isFalse();
    assertThat(onlyEvent(wrong).validate(ImmutableMethod.REQUEST).hasErrors()).isTrue();
    assertThat(wrong.validate().hasErrors()).isTrue();
    Calendar noMethod = parse(publish.replace("METHOD:PUBLISH\r\n", "").getBytes(StandardCharsets.UTF_8));
    assertThat(new ITIPValidator().validate(noMethod).hasErrors()).isTrue();
  }

  @Test
  void request_names_the_invitee_as_accepted_without_asking_for_a_reply() throws Exception {
    Calendar cal = parse(CalendarFiles.request(event(1, START), "ana@example.es", "Ana García"));

    assertValid(cal, ImmutableMethod.REQUEST);
    VEvent ev = onlyEvent(cal);
    assertThat(value(cal, Property.METHOD)).isEqualTo("REQUEST");
    List<Attendee> attendees = ev.getProperties(Property.ATTENDEE);
    assertThat(attendees).hasSize(1);
    Attendee a = attendees.get(0);
    assertThat(a.getValue()).isEqualTo("mailto:ana@example.es");
    assertThat(param(a, Parameter.PARTSTAT)).isEqualTo("ACCEPTED");
    assertThat(param(a, Parameter.RSVP)).isEqualTo("FALSE");
    assertThat(param(a, Parameter.CN)).isEqualTo("Ana García");
    assertThat(value(ev, Property.ORGANIZER)).isEqualTo("mailto:" + NO_REPLY);
    assertThat(param(ev.getProperty(Property.ORGANIZER).orElseThrow(), Parameter.CN))
        .isEqualTo("Red Heart Organiser");
    assertThat(value(ev, Property.SEQUENCE)).isEqualTo("1");
    assertThat(value(ev, Property.STATUS)).isEqualTo("CONFIRMED");
    assertMeetingZone(cal, ev, "Asia/Dhaka", "20270329T140000", "20270329T170000");
  }

  @Test
  void a_move_across_european_summer_time_keeps_the_uid_and_raises_the_sequence() throws Exception {
    // invited on 1 March (Madrid on winter time, UTC+1): 14:00 Dhaka is then 09:00 in Madrid
    ZonedDateTime firstPlan = ZonedDateTime.of(2027, 3, 22, 14, 0, 0, 0, DHAKA);
    Calendar before = parse(CalendarFiles.request(event(1, firstPlan), "ana@example.es", "Ana"));
    // moved by a week to the Monday after the change (Madrid on summer time, UTC+2): 10:00 in Madrid
    Calendar after = parse(CalendarFiles.request(event(2, START), "ana@example.es", "Ana"));

    assertValid(after, ImmutableMethod.REQUEST);
    VEvent was = onlyEvent(before);
    VEvent now = onlyEvent(after);
    assertThat(value(now, Property.UID)).isEqualTo(value(was, Property.UID));
    assertThat(Integer.parseInt(value(now, Property.SEQUENCE)))
        .isEqualTo(Integer.parseInt(value(was, Property.SEQUENCE)) + 1);
    assertMeetingZone(after, now, "Asia/Dhaka", "20270329T140000", "20270329T170000");

    // the start read back from the file, seen in Madrid: 10:00 after the change, 09:00 before it
    assertThat(startIn(now, MADRID)).isEqualTo(LocalDateTime.of(2027, 3, 29, 10, 0));
    assertThat(startIn(was, MADRID)).isEqualTo(LocalDateTime.of(2027, 3, 22, 9, 0));
    assertThat(ZoneTimes.when(START, START.plusHours(3), MADRID, "en"))
        .isEqualTo("Monday 29 March 2027, 14:00–17:00 Dhaka (10:00–13:00 Madrid)");
  }

  @Test
  void a_meeting_in_madrid_carries_madrid_with_summer_and_winter_time() throws Exception {
    ZonedDateTime start = ZonedDateTime.of(2027, 3, 29, 10, 0, 0, 0, MADRID);
    Calendar cal = parse(CalendarFiles.publish(event(0, start)));

    assertValid(cal, ImmutableMethod.PUBLISH);
    VTimeZone tz = onlyTimeZone(cal);
    assertThat(value(tz, Property.TZID)).isEqualTo("Europe/Madrid");
    assertThat(tz.getObservances()).anyMatch(o -> o.getName().equals("DAYLIGHT"));
    assertThat(tz.getObservances()).anyMatch(o -> o.getName().equals("STANDARD"));
    assertMeetingZone(cal, onlyEvent(cal), "Europe/Madrid", "20270329T100000", "20270329T130000");
  }

  @Test
  void cancel_after_a_request_names_the_invitee_and_cancels_the_event() throws Exception {
    Calendar cal = parse(CalendarFiles.cancel(event(3, START), "ana@example.es", "Ana"));

    assertValid(cal, ImmutableMethod.CANCEL);
    VEvent ev = onlyEvent(cal);
    assertThat(value(cal, Property.METHOD)).isEqualTo("CANCEL");
    assertThat(value(ev, Property.STATUS)).isEqualTo("CANCELLED");
    assertThat(value(ev, Property.SEQUENCE)).isEqualTo("3");
    assertThat(value(ev, Property.UID)).isEqualTo("inv-1234@redheart");
    assertThat(value(ev, Property.ORGANIZER)).isEqualTo("mailto:" + NO_REPLY);
    assertThat(ev.getProperties(Property.ATTENDEE)).hasSize(1);
  }

  @Test
  void cancel_of_a_published_event_has_no_attendee_and_is_still_valid() throws Exception {
    Calendar cal = parse(CalendarFiles.cancel(event(1, START), null, null));

    assertValid(cal, ImmutableMethod.CANCEL);
    VEvent ev = onlyEvent(cal);
    assertThat(ev.getProperties(Property.ATTENDEE)).isEmpty();
    assertThat(value(ev, Property.STATUS)).isEqualTo("CANCELLED");
  }

  @Test
  void an_event_without_end_lasts_the_default_length_and_utc_needs_no_timezone() throws Exception {
    ZonedDateTime utc = ZonedDateTime.of(2027, 1, 5, 8, 30, 0, 0, ZoneId.of("UTC"));
    CalendarEvent e =
        new CalendarEvent("u-2", 0, "Meeting", null, utc, null, null, null, NO_REPLY, null);
    String text = new String(CalendarFiles.publish(e), StandardCharsets.UTF_8);
    Calendar cal = parse(text.getBytes(StandardCharsets.UTF_8));

    assertValid(cal, ImmutableMethod.PUBLISH);
    assertThat(cal.getComponents(net.fortuna.ical4j.model.Component.VTIMEZONE)).isEmpty();
    assertThat(text).contains("DTSTART:20270105T083000Z").contains("DTEND:20270105T103000Z");
  }

  @Test
  void the_file_is_utf8_with_crlf_lines() {
    String text = new String(CalendarFiles.request(event(1, START), "rahim@example.bd", "রহিম উদ্দিন"),
        StandardCharsets.UTF_8);
    assertThat(text).startsWith("BEGIN:VCALENDAR\r\n");
    assertThat(text.replace("\r\n ", "")).contains("CN=\"রহিম উদ্দিন\":mailto:rahim@example.bd");
    assertThat(text).contains("PRODID:" + CalendarFiles.PRODID);
    assertThat(CalendarFiles.contentType(CalendarFiles.REQUEST))
        .isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
  }

  @Test
  void bad_input_is_refused() {
    assertThatThrownBy(() -> CalendarFiles.request(event(1, START), null, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CalendarFiles.request(event(1, START), "not an address", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    CalendarEvent backwards = new CalendarEvent(
        "u", 0, "s", null, START, START.minusHours(1), null, null, NO_REPLY, null);
    assertThatThrownBy(() -> CalendarFiles.publish(backwards)).isInstanceOf(IllegalArgumentException.class);
    CalendarEvent noUid = new CalendarEvent(" ", 0, "s", null, START, null, null, null, NO_REPLY, null);
    assertThatThrownBy(() -> CalendarFiles.publish(noUid)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void organizer_given_as_name_and_address_keeps_only_the_address() throws Exception {
    CalendarEvent e = new CalendarEvent("u-3", 0, "Meeting", null, START, null, null, null,
        "Red Heart Organiser <no-reply@localhost>", "Red Heart Organiser");
    VEvent ev = onlyEvent(parse(CalendarFiles.publish(e)));
    assertThat(value(ev, Property.ORGANIZER)).isEqualTo("mailto:no-reply@localhost");
  }

  /**
   * No network: ical4j's time-zone updates are off (ical4j.properties of this module), so loading zones
   * never opens a URL (every http(s) connection asks the default ProxySelector first: none asked).
   */
  @Test
  void time_zones_come_from_the_bundled_definitions_without_the_network() throws Exception {
    assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
    List<URI> asked = new CopyOnWriteArrayList<>();
    ProxySelector previous = ProxySelector.getDefault();
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        asked.add(uri);
        return List.of(Proxy.NO_PROXY);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
    });
    try {
      var registry = TimeZoneRegistryFactory.getInstance().createRegistry();
      for (String id : List.of("Asia/Dhaka", "Europe/Madrid", "America/Sao_Paulo", "Australia/Hobart")) {
        VTimeZone vtz = registry.getTimeZone(id).getVTimeZone();
        assertThat(value(vtz, Property.TZID)).isEqualTo(id);
        assertThat(vtz.getObservances()).anyMatch(o -> o.getName().equals("STANDARD"));
      }
      VTimeZone madrid = registry.getTimeZone("Europe/Madrid").getVTimeZone();
      assertThat(madrid.getObservances()).anyMatch(o -> o.getName().equals("DAYLIGHT"));
      // Dhaka is on standard time now (its one summer time, 2009, is history)
      VTimeZone dhaka = onlyTimeZone(parse(CalendarFiles.publish(event(0, START))));
      assertThat(value(dhaka, Property.TZID)).isEqualTo("Asia/Dhaka");
      assertThat(dhaka.getApplicableObservance(START.toInstant()).getName()).isEqualTo("STANDARD");
      assertThat(asked).isEmpty();
    } finally {
      ProxySelector.setDefault(previous);
    }
  }

  // --- helpers -------------------------------------------------------------------------------------------

  static Calendar parse(byte[] file) throws IOException, ParserException {
    return new CalendarBuilder().build(new StringReader(new String(file, StandardCharsets.UTF_8)));
  }

  static void assertValid(Calendar cal, net.fortuna.ical4j.model.property.Method method) throws Exception {
    ValidationResult itip = new ITIPValidator().validate(cal);
    assertThat(itip.hasErrors()).as("iTIP errors: %s", itip.getEntries()).isFalse();
    ValidationResult event = onlyEvent(cal).validate(method);
    assertThat(event.hasErrors()).as("VEVENT errors for %s: %s", method, event.getEntries()).isFalse();
    ValidationResult rfc5545 = cal.validate();
    assertThat(rfc5545.hasErrors()).as("RFC 5545 errors: %s", rfc5545.getEntries()).isFalse();
  }

  static VEvent onlyEvent(Calendar cal) {
    List<VEvent> events = cal.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  static VTimeZone onlyTimeZone(Calendar cal) {
    List<VTimeZone> zones = cal.getComponents(net.fortuna.ical4j.model.Component.VTIMEZONE);
    assertThat(zones).hasSize(1);
    return zones.get(0);
  }

  static void assertMeetingZone(Calendar cal, VEvent ev, String tzid, String start, String end) {
    assertThat(value(onlyTimeZone(cal), Property.TZID)).isEqualTo(tzid);
    Property dtstart = ev.getProperty(Property.DTSTART).orElseThrow();
    Property dtend = ev.getProperty(Property.DTEND).orElseThrow();
    assertThat(param(dtstart, Parameter.TZID)).isEqualTo(tzid);
    assertThat(param(dtend, Parameter.TZID)).isEqualTo(tzid);
    assertThat(dtstart.getValue()).isEqualTo(start);
    assertThat(dtend.getValue()).isEqualTo(end);
  }

  /** DTSTART resolved with the file's own VTIMEZONE, shown in another zone. */
  static LocalDateTime startIn(VEvent ev, ZoneId zone) {
    java.time.temporal.Temporal t = ev.getStartDate().orElseThrow().getDate();
    ZonedDateTime z = t instanceof ZonedDateTime zdt ? zdt : ZonedDateTime.from(t);
    return z.withZoneSameInstant(zone).toLocalDateTime();
  }

  static String value(net.fortuna.ical4j.model.PropertyContainer c, String name) {
    return c.getProperty(name).map(Property::getValue).orElse(null);
  }

  static String param(Property p, String name) {
    return p.getParameter(name).map(Parameter::getValue).orElse(null);
  }

}
