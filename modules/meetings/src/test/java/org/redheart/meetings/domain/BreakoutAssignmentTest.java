package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.domain.BreakoutAssignment.Attendee;
import org.redheart.meetings.domain.BreakoutAssignment.Leads;
import org.redheart.platform.api.InvalidInput;

class BreakoutAssignmentTest {

  private static final List<String> THREE_THEMES = List.of("A", "B", "C");

  @Test
  void splitsTwentyFiveAttendeesOfFiveCategoriesIntoThreeGroupsBalancedInSizeAndMix() {
    List<Attendee> attendees = TestAttendees.ofCategorySizes(8, 7, 5, 3, 2);

    BreakoutAssignment groups = BreakoutAssignment.assign(attendees, THREE_THEMES, Map.of());

    Balance balance = Balance.of(groups, attendees);
    assertThat(balance.sizes()).containsExactlyInAnyOrder(9, 8, 8);
    assertThat(balance.perCategory(1L)).containsExactlyInAnyOrder(3, 3, 2);
    assertThat(balance.perCategory(2L)).containsExactlyInAnyOrder(3, 2, 2);
    assertThat(balance.perCategory(3L)).containsExactlyInAnyOrder(2, 2, 1);
    assertThat(balance.perCategory(4L)).containsExactly(1, 1, 1);
    assertThat(balance.perCategory(5L)).containsExactlyInAnyOrder(1, 1, 0);
    assertThat(balance.everyCategorySpreadWithin(1)).isTrue();
    assertThat(groups.groupByAttendee()).hasSize(25);
  }

  @Test
  void keepsTheThemesOfTheGroupsInTheirOrder() {
    BreakoutAssignment groups =
        BreakoutAssignment.assign(TestAttendees.ofCategorySizes(4, 4), List.of("A", " C ", "X"), null);

    assertThat(groups.groups())
        .extracting(BreakoutAssignment.Group::index, BreakoutAssignment.Group::themeCode)
        .containsExactly(
tuple(0, "A"), tuple(1, "C"), tuple(2, "X"));
  }

  @Test
  void keepsPinnedPeopleWhereTheyWerePinnedAndBalancesEveryoneElseAroundThem() {
    List<Attendee> attendees = TestAttendees.ofCategorySizes(8, 7, 5, 3, 2);
    // categories by id: 1-8, 9-15, 16-20, 21-23, 24-25
    Map<Long, Integer> pins = Map.of(1L, 0, 2L, 0, 3L, 0, 24L, 0, 25L, 1, 16L, 2);

    BreakoutAssignment groups = BreakoutAssignment.assign(attendees, THREE_THEMES, pins);

    pins.forEach((id, group) -> assertThat(groups.groupOf(id)).isEqualTo(group));
    Balance balance = Balance.of(groups, attendees);
    assertThat(balance.sizesSpreadWithin(1)).isTrue();
    assertThat(balance.everyCategorySpreadWithin(1)).isTrue();
  }

  @Test
  void spreadsACategoryAsEvenlyAsItsPinsAllow() {
    List<Attendee> attendees = TestAttendees.ofCategorySizes(8, 7, 5, 3, 2);
    Map<Long, Integer> fiveOfCategoryOneInGroupB = Map.of(1L, 1, 2L, 1, 3L, 1, 4L, 1, 5L, 1);

    BreakoutAssignment groups = BreakoutAssignment.assign(attendees, THREE_THEMES, fiveOfCategoryOneInGroupB);

    Balance balance = Balance.of(groups, attendees);
    assertThat(balance.perCategory(1L)).isIn(List.of(2, 5, 1), List.of(1, 5, 2));
    assertThat(balance.sizesSpreadWithin(1)).isTrue();
    for (long otherCategory = 2; otherCategory <= 5; otherCategory++) {
      assertThat(Balance.spread(balance.perCategory(otherCategory)))
          .as("category %d", otherCategory)
          .isLessThanOrEqualTo(1);
    }
  }

  @Test
  void fillsTheSmallestGroupsFirstWhenTooManyArePinnedToOne() {
    List<Attendee> attendees = TestAttendees.ofCategorySizes(5, 5);
    Map<Long, Integer> sixInGroupA = new HashMap<>();
    for (long id = 1; id <= 6; id++) {
      sixInGroupA.put(id, 0);
    }

    BreakoutAssignment groups = BreakoutAssignment.assign(attendees, THREE_THEMES, sixInGroupA);

    assertThat(Balance.of(groups, attendees).sizes()).containsExactly(6, 2, 2);
  }

  @Test
  void spreadsAttendeesOfUnknownCategoryLikeAnyOtherCategory() {
    List<Attendee> attendees = new ArrayList<>();
    for (long id = 1; id <= 12; id++) {
      attendees.add(new Attendee(id, id <= 6 ? null : 9L));
    }

    BreakoutAssignment groups = BreakoutAssignment.assign(attendees, THREE_THEMES, Map.of());

    Balance balance = Balance.of(groups, attendees);
    assertThat(balance.perCategory(null)).containsExactly(2, 2, 2);
    assertThat(balance.perCategory(9L)).containsExactly(2, 2, 2);
  }

  @Test
  void givesTheSameGroupsForTheSameAttendeesInWhateverOrderTheyAreListed() {
    List<Attendee> attendees = TestAttendees.ofCategorySizes(8, 7, 5, 3, 2);
    List<Attendee> shuffled = new ArrayList<>(attendees);
    Collections.shuffle(shuffled, new Random(42));

    assertThat(BreakoutAssignment.assign(shuffled, THREE_THEMES, Map.of(3L, 2), 7L))
        .isEqualTo(BreakoutAssignment.assign(attendees, THREE_THEMES, Map.of(3L, 2), 7L));
  }

  @Test
  void shufflesWhoGoesWhereWithAnotherSeedButKeepsTheSameBalance() {
    List<Attendee> attendees = TestAttendees.ofCategorySizes(8, 7, 5, 3, 2);

    BreakoutAssignment first = BreakoutAssignment.assign(attendees, THREE_THEMES, Map.of(), 1L);
    BreakoutAssignment second = BreakoutAssignment.assign(attendees, THREE_THEMES, Map.of(), 2L);

    assertThat(second.groupByAttendee()).isNotEqualTo(first.groupByAttendee());
    assertThat(Balance.of(second, attendees).sizes()).isEqualTo(Balance.of(first, attendees).sizes());
    assertThat(Balance.of(second, attendees).everyCategorySpreadWithin(1)).isTrue();
  }

  @Test
  void putsEveryoneInTheOnlyGroupWhenThereIsOne() {
    List<Attendee> attendees = TestAttendees.ofCategorySizes(3, 1);

    BreakoutAssignment groups = BreakoutAssignment.assign(attendees, List.of("A"), Map.of(2L, 0));

    assertThat(groups.groups().get(0).attendeeIds()).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void putsOneAttendeeInEachGroupWhenThereAreAsManyGroupsAsAttendees() {
    List<Attendee> attendees = TestAttendees.ofCategorySizes(2, 1);

    BreakoutAssignment groups = BreakoutAssignment.assign(attendees, THREE_THEMES, Map.of());

    assertThat(Balance.of(groups, attendees).sizes()).containsExactly(1, 1, 1);
  }

  @Test
  void refusesMoreGroupsThanAttendees() {
    assertThat(errorsOf(TestAttendees.ofCategorySizes(2, 1), List.of("A", "B", "C", "A", "B"), Map.of()))
        .containsExactly(Map.entry("groups", "5 groups for 3 attendees"));
  }

  @Test
  void refusesAGroupForNobody() {
    assertThat(errorsOf(List.of(), List.of("A"), Map.of()))
        .containsExactly(Map.entry("groups", "1 group for 0 attendees"));
  }

  @Test
  void refusesZeroGroups() {
    assertThat(errorsOf(TestAttendees.ofCategorySizes(3), List.of(), Map.of())).containsOnlyKeys("groups");
    assertThat(errorsOf(TestAttendees.ofCategorySizes(3), null, Map.of())).containsOnlyKeys("groups");
  }

  @Test
  void refusesAGroupWithoutATheme() {
    assertThat(errorsOf(TestAttendees.ofCategorySizes(3), List.of("A", " "), Map.of()))
        .containsExactly(Map.entry("groups", "the group at index 1 has no theme code"));
  }

  @Test
  void refusesAPinToAGroupThatDoesNotExist() {
    assertThat(errorsOf(TestAttendees.ofCategorySizes(5), THREE_THEMES, Map.of(2L, 3)))
        .containsExactly(Map.entry("pins", "attendee 2 is pinned to group index 3, but the groups are 0 to 2"));
    assertThat(errorsOf(TestAttendees.ofCategorySizes(5), THREE_THEMES, Map.of(2L, -1))).containsOnlyKeys("pins");
    Map<Long, Integer> pinToNoGroup = new HashMap<>();
    pinToNoGroup.put(2L, null);
    assertThat(errorsOf(TestAttendees.ofCategorySizes(5), THREE_THEMES, pinToNoGroup)).containsOnlyKeys("pins");
  }

  @Test
  void refusesAPinOfSomeoneWhoIsNotAnAttendee() {
    assertThat(errorsOf(TestAttendees.ofCategorySizes(5), THREE_THEMES, Map.of(99L, 0)))
        .containsExactly(Map.entry("pins", "attendee 99 is pinned but is not an attendee"));
  }

  @Test
  void refusesAnAttendeeListedTwice() {
    List<Attendee> twice = new ArrayList<>(TestAttendees.ofCategorySizes(5));
    twice.add(new Attendee(4L, 2L));

    assertThat(errorsOf(twice, THREE_THEMES, Map.of()))
        .containsExactly(Map.entry("attendees", "attendee 4 is listed twice"));
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    List<Attendee> twice = List.of(new Attendee(1L, 1L), new Attendee(1L, 1L));

    assertThat(errorsOf(twice, THREE_THEMES, Map.of(1L, 7))).containsOnlyKeys("attendees", "groups", "pins");
  }

  @Test
  void suggestsTheFirstTwoWillingMembersOfEachGroupToFacilitateAndReport() {
    List<Attendee> attendees = TestAttendees.ofCategorySizes(4, 4, 4);
    Map<Long, Integer> pins = Map.of(5L, 0, 9L, 0, 2L, 0, 6L, 1);
    BreakoutAssignment groups = BreakoutAssignment.assign(attendees, THREE_THEMES, pins);

    List<Leads> leads = groups.suggestLeads(Set.of(9L, 5L, 2L, 6L));

    assertThat(leads).containsExactly(new Leads(0, 2L, 5L), new Leads(1, 6L, null), new Leads(2, null, null));
  }

  @Test
  void suggestsNoLeadsWhenNobodyIsWilling() {
    BreakoutAssignment groups = BreakoutAssignment.assign(TestAttendees.ofCategorySizes(4), List.of("A"), Map.of());

    assertThat(groups.suggestLeads(null)).containsExactly(new Leads(0, null, null));
  }

  @Test
  void refusesToTellTheGroupOfSomeoneWhoIsNotAnAttendee() {
    BreakoutAssignment groups = BreakoutAssignment.assign(TestAttendees.ofCategorySizes(4), List.of("A"), Map.of());

    assertThatThrownBy(() -> groups.groupOf(99L)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void assignsFiveHundredAttendeesToFourGroupsQuickly() {
    BreakoutAssignmentBenchmark.Result result = BreakoutAssignmentBenchmark.run(50);

    System.out.println(result);
    assertThat(result.firstMillis()).isLessThan(2_000);
    assertThat(result.medianMillis()).isLessThan(100);
  }

  private static Map<String, String> errorsOf(
      List<Attendee> attendees, List<String> themes, Map<Long, Integer> pins) {
    InvalidInput e =
        catchThrowableOfType(InvalidInput.class, () -> BreakoutAssignment.assign(attendees, themes, pins));
    assertThat(e).as("expected InvalidInput").isNotNull();
    return e.fieldErrors();
  }
}
