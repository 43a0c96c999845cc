package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.api.AttendanceCounts;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.InvalidInput;

class AttendanceRulesTest {

  private static Attendee invitee(String contactId, Long category, String key) {
    return new Attendee("m1", contactId, category, false, key, "u1");
  }

  private static Attendee walkIn(String contactId, Long category, String key, String gender, String ageBand, boolean volunteer) {
    Attendee a = new Attendee("m1", contactId, category, true, key, "u1");
    a.describe(category, gender, ageBand);
    a.setVolunteer(volunteer);
    return a;
  }

  @Test
  void aRetriedTapFindsTheRowItMade() {
    Attendee first = invitee("c1", 1L, "tap-1");
    assertThat(AttendanceRules.existing(List.of(first), "tap-1", "c1")).containsSame(first);
  }

  @Test
  void aSecondTapForTheSameInviteeFindsTheirEarlierCheckIn() {
    Attendee first = invitee("c1", 1L, "tap-1");
    assertThat(AttendanceRules.existing(List.of(invitee("c2", 1L, "tap-2"), first), "tap-9", "c1")).containsSame(first);
  }

  @Test
  void aNewTapForSomeoneNotCheckedInFindsNothing() {
    assertThat(AttendanceRules.existing(List.of(invitee("c1", 1L, "tap-1")), "tap-2", "c2")).isEmpty();
  }

  @Test
  void aWalkInCountsOnlyItsOwnKey() {
    Attendee w = walkIn("c7", 2L, "walk-1", null, null, false);
    assertThat(AttendanceRules.existing(List.of(w), "walk-1", null)).containsSame(w);
    assertThat(AttendanceRules.existing(List.of(w), "walk-2", null)).isEmpty();
  }

  @Test
  void aKeyUsedForSomeoneElseIsAConflict() {
    assertThatThrownBy(() -> AttendanceRules.existing(List.of(invitee("c1", 1L, "tap-1")), "tap-1", "c2"))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void clientKeysAreShortAndPlain() {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    assertThat(AttendanceRules.clientKey(" 0b5c1a2e-7f4d-4a43-9f1e-1c2d3e4f5a6b ", errors))
        .isEqualTo("0b5c1a2e-7f4d-4a43-9f1e-1c2d3e4f5a6b");
    assertThat(AttendanceRules.clientKey("", errors)).isNull();
    assertThat(fieldErrors(errors)).containsEntry("clientKey", "is required");
    InvalidInput.Collector bad = new InvalidInput.Collector();
    AttendanceRules.clientKey("a b<script>", bad);
    AttendanceRules.clientKey("x".repeat(65), bad);
    assertThat(fieldErrors(bad)).containsOnlyKeys("clientKey");
  }

  @Test
  void headcountsAcceptBengaliDigitsAndBlankAsZero() {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("0-5", "৩");
    raw.put("6-11", "");
    raw.put("12-17", " 12 ");
    assertThat(AttendanceRules.headcounts(raw, errors)).containsExactlyInAnyOrderEntriesOf(Map.of("0-5", 3, "6-11", 0, "12-17", 12));
    errors.throwIfAny();
  }

  @Test
  void negativeOrUnknownHeadcountsAreFieldErrors() {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    AttendanceRules.headcounts(Map.of("0-5", "-1", "6-11", "many", "18-25", "2"), errors);
    assertThat(fieldErrors(errors))
        .containsEntry("children.0-5", "must be between 0 and 10000")
        .containsEntry("children.6-11", "must be a whole number")
        .containsKey("children");
  }

  @Test
  void gendersAndAgeBandsAreOptionalButChecked() {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    assertThat(AttendanceRules.gender(" female ", errors)).isEqualTo("FEMALE");
    assertThat(AttendanceRules.gender("", errors)).isNull();
    assertThat(AttendanceRules.ageBand("২৫-৩৪", errors)).isEqualTo("25-34");
    assertThat(AttendanceRules.ageBand(null, errors)).isNull();
    errors.throwIfAny();
    InvalidInput.Collector bad = new InvalidInput.Collector();
    AttendanceRules.gender("x", bad);
    AttendanceRules.ageBand("6-11", bad);
    assertThat(fieldErrors(bad)).containsOnlyKeys("gender", "ageBand");
  }

  @Test
  void theCapacityIsTheConceptNotesRoomElseTheExpectedParticipants() {
    assertThat(AttendanceRules.capacity("40", 30)).isEqualTo(40);
    assertThat(AttendanceRules.capacity("৪৫", 30)).isEqualTo(45);
    assertThat(AttendanceRules.capacity(null, 30)).isEqualTo(30);
    assertThat(AttendanceRules.capacity("0", 30)).isEqualTo(30);
  }

  @Test
  void countsByCategoryGenderAndAgeBandWithChildrenApart() {
    List<Attendee> people = List.of(
        invitee("c1", 1L, "k1"),
        invitee("c2", 1L, "k2"),
        invitee("c3", null, "k3"),
        walkIn("c4", 2L, "k4", "FEMALE", "18-24", true));
    AttendanceCounts c = AttendanceRules.count(people, Map.of("0-5", 2, "12-17", 1), 10, null);
    assertThat(c.adults()).isEqualTo(4);
    assertThat(c.walkIns()).isEqualTo(1);
    assertThat(c.volunteers()).isEqualTo(1);
    assertThat(c.children()).isEqualTo(3);
    assertThat(c.total()).isEqualTo(7);
    assertThat(c.byCategory()).containsExactlyInAnyOrderEntriesOf(Map.of("1", 2, "2", 1, "none", 1));
    assertThat(c.byGender()).containsExactlyInAnyOrderEntriesOf(Map.of("FEMALE", 1, "unspecified", 3));
    assertThat(c.byAgeBand()).containsExactlyInAnyOrderEntriesOf(Map.of("18-24", 1, "unspecified", 3));
    assertThat(c.childrenByAgeBand()).containsExactly(Map.entry("0-5", 2), Map.entry("6-11", 0), Map.entry("12-17", 1));
    assertThat(c.overCapacity()).isFalse();
  }

  @Test
  void goingOverCapacityWarnsAndAsksForANoteUntilOneIsGiven() {
    List<Attendee> three = List.of(invitee("c1", 1L, "k1"), invitee("c2", 1L, "k2"), invitee("c3", 1L, "k3"));
    AttendanceCounts atCapacity = AttendanceRules.count(three, Map.of(), 3, null);
    assertThat(atCapacity.overCapacity()).isFalse();
    AttendanceCounts over = AttendanceRules.count(three, Map.of("0-5", 1), 3, null);
    assertThat(over.overCapacity()).isTrue();
    assertThat(over.noteNeeded()).isTrue();
    assertThat(AttendanceRules.count(three, Map.of("0-5", 1), 3, "Extra chairs from the office").noteNeeded()).isFalse();
  }

  private static Map<String, String> fieldErrors(InvalidInput.Collector errors) {
    try {
      errors.throwIfAny();
      return Map.of();
    } catch (InvalidInput e) {
      return e.fieldErrors();
    }
  }
}
