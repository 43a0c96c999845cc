package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redheart.platform.api.InvalidInput;

class FindingsRulesTest {
  private static final LocalDate MEETING = LocalDate.of(2026, 12, 20);
  private static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
  private final InvalidInput.Collector errors = new InvalidInput.Collector();

  private InvalidInput thrown() {
    try {
      errors.throwIfAny();
    } catch (InvalidInput e) {
      return e;
    }
    return null;
  }

  @Test
  void knownThemeCodesTakeTheCampaignsThemeWhenNoTextIsGiven() {
    FindingsRules.Theme theme = FindingsRules.theme("groups[0].", " b ", "", errors);

    assertThat(theme.code()).isEqualTo("B");
    assertThat(theme.text()).isEqualTo("Access to child protection for victims");
    assertThat(errors.isEmpty()).isTrue();
  }

  @Test
  void anotherCodeNeedsItsThemeText() {
    assertThat(FindingsRules.theme("groups[3].", "D", " ", errors)).isNull();
    assertThat(FindingsRules.theme("groups[4].", "E", "Online safety", errors)).isEqualTo(new FindingsRules.Theme("E", "Online safety"));

    assertThat(thrown().fieldErrors()).containsOnlyKeys("groups[3].theme");
  }

  @Test
  void aMissingOrMalformedCodeIsAnErrorOnItsRow() {
    FindingsRules.theme("groups[0].", "", "Prevention", errors);
    FindingsRules.theme("groups[1].", "A-1", "Prevention", errors);

    assertThat(thrown().fieldErrors()).containsOnlyKeys("groups[0].themeCode", "groups[1].themeCode");
  }

  @Test
  void challengesAreOneALineWithoutBlanksOrBullets() {
    assertThat(FindingsRules.challenges("  Lack of awareness \n\n- Poverty\r\nচাইল্ড হেল্পলাইন ১০৯৮ অজানা\n"))
        .containsExactly("Lack of awareness", "Poverty", "চাইল্ড হেল্পলাইন ১০৯৮ অজানা");
  }

  @Test
  void aPlanWithoutOwnerOrDueBeforeTheMeetingGetsFieldErrorsNamingTheRow() {
    FindingsRules.Plan noOwner = FindingsRules.plan("groups[0].actionPlans[1].", "Train teachers", " ", "2027-01-15",
        MEETING, id -> true, errors);
    FindingsRules.Plan early = FindingsRules.plan("groups[1].actionPlans[0].", "Map shelters", "c-1", "2026-12-19",
        MEETING, id -> true, errors);

    assertThat(noOwner).isNull();
    assertThat(early).isNull();
    assertThat(thrown().fieldErrors())
        .containsOnlyKeys("groups[0].actionPlans[1].owner", "groups[1].actionPlans[0].dueOn");
  }

  @Test
  void anUnknownOwnerAndAMalformedOrMissingDateAreErrors() {
    FindingsRules.plan("a.", "Act", "nobody", "2027-01-15", MEETING, Set.of("c-1")::contains, errors);
    FindingsRules.plan("b.", "Act", "c-1", "15/01/2027", MEETING, Set.of("c-1")::contains, errors);
    FindingsRules.plan("c.", "", "c-1", "", MEETING, Set.of("c-1")::contains, errors);

    assertThat(thrown().fieldErrors()).containsOnlyKeys("a.owner", "b.dueOn", "c.action", "c.dueOn");
  }

  @Test
  void bengaliDigitsInTheDueDateAreRead() {
    FindingsRules.Plan plan = FindingsRules.plan("", " Visit schools ", "c-1", "২০২৭-০১-১৫", MEETING, id -> true, errors);

    assertThat(plan).isEqualTo(new FindingsRules.Plan("Visit schools", "c-1", LocalDate.of(2027, 1, 15)));
  }

  @Test
  void aDueDateOnTheMeetingDayIsAllowed() {
    assertThat(FindingsRules.plan("", "Act", "c-1", "2026-12-20", MEETING, id -> true, errors)).isNotNull();
    assertThat(errors.isEmpty()).isTrue();
  }

  @Test
  void closingNeedsAnOutcome() {
    assertThatThrownBy(() -> FindingsRules.outcome("  "))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("outcome"));
    assertThat(FindingsRules.outcome(" Done: 12 schools trained ")).isEqualTo("Done: 12 schools trained");
  }

  @Test
  void remindersStartAtNineOnTheDueDateInTheMeetingsZoneThenWeekly() {
    LocalDate due = LocalDate.of(2027, 1, 15);
    Instant nine = Instant.parse("2027-01-15T03:00:00Z");
    Instant before = Instant.parse("2027-01-01T00:00:00Z");

    assertThat(FindingsRules.nextReminder(due, DHAKA, null, before)).isEqualTo(nine);
    Instant late = Instant.parse("2027-01-16T10:00:00Z");
    assertThat(FindingsRules.nextReminder(due, DHAKA, null, late)).isEqualTo(late);
    assertThat(FindingsRules.nextReminder(due, DHAKA, nine, late)).isEqualTo(Instant.parse("2027-01-22T03:00:00Z"));
  }

  @Test
  void aDueDateMovedLaterPutsTheNextReminderBackToIt() {
    Instant remindedOnce = Instant.parse("2027-01-15T03:00:00Z");
    Instant now = Instant.parse("2027-01-16T10:00:00Z");

    assertThat(FindingsRules.nextReminder(LocalDate.of(2027, 2, 1), DHAKA, remindedOnce, now))
        .isEqualTo(Instant.parse("2027-02-01T03:00:00Z"));
  }

  @Test
  void recommendationKindsDefaultToDemand() {
    assertThat(FindingsRules.recommendationKind("r.", null, errors)).isEqualTo("DEMAND");
    assertThat(FindingsRules.recommendationKind("r.", "good_practice", errors)).isEqualTo("GOOD_PRACTICE");
    FindingsRules.recommendationKind("s.", "WISH", errors);

    assertThat(thrown().fieldErrors()).containsOnlyKeys("s.kind");
  }
}
