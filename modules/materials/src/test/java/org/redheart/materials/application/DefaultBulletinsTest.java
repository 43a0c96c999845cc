package org.redheart.materials.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.redheart.materials.api.BulletinAudience;
import org.redheart.network.api.MemberQuery;
import org.redheart.platform.api.InvalidInput;

class DefaultBulletinsTest {

  @Test
  void refusesAnAudienceWithAWrongPartNamingIt() {
    assertThatThrownBy(() -> DefaultBulletins.checked(new BulletinAudience("Bangladesh", null, null, null)))
        .isInstanceOf(InvalidInput.class).satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsOnlyKeys("countryCode"));
    assertThatThrownBy(() -> DefaultBulletins.checked(new BulletinAudience(null, 0L, null, "fr")))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsOnlyKeys("categoryId", "language"));
  }

  @Test
  void turnsAnAudienceIntoTheMemberQueryOfTheWalk() {
    MemberQuery q = BulletinDispatch.query(new BulletinAudience("bd", 4L, true, "bn"));
    assertThat(q).isEqualTo(new MemberQuery(null, "BD", null, 4L, true, null, "bn"));
    assertThat(BulletinDispatch.query(BulletinAudience.everyone())).isEqualTo(MemberQuery.all());
    assertThat(DefaultBulletins.describe(DefaultBulletins.checked(new BulletinAudience("bd", null, true, null))))
        .isEqualTo("country=BD,volunteers");
    assertThat(DefaultBulletins.describe(BulletinAudience.everyone())).isEqualTo("everyone");
  }
}
