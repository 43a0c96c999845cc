package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.api.CampaignInput;
import org.redheart.platform.api.InvalidInput;

class CampaignRulesTest {

  @Test
  void acceptsACampaignAddingTheHashAndDroppingDuplicateMembers() {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    CampaignRules.Checked c = CampaignRules.check(new CampaignInput(" Red Heart ", "SaveFACE4Children", "Mission", null,
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Arrays.asList("u1", "u1", " ", null), List.of("s1")), errors);

    assertThat(errors.isEmpty()).isTrue();
    assertThat(c.name()).isEqualTo("Red Heart");
    assertThat(c.hashtag()).isEqualTo("#SaveFACE4Children");
    assertThat(c.organiserIds()).containsExactly("u1");
    assertThat(c.vision()).isNull();
  }

  @Test
  void refusesAMissingNameABadHashtagAndDatesOutOfOrder() {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    CampaignRules.Checked c = CampaignRules.check(new CampaignInput(" ", "#two words", null, null,
        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), null, null), errors);

    assertThat(c).isNull();
    InvalidInput e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInput.class, errors::throwIfAny);
    assertThat(e.fieldErrors()).containsOnlyKeys("name", "hashtag", "endsOn");
  }
}
