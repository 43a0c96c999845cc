package org.redheart.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redheart.platform.api.InvalidInput;

class AuditDetailsTest {

  @Test
  void detailsAreSortedKeyValuePairsOnOneLine() {
    assertThat(AuditDetails.format(Map.of("roles", "ADMIN,ORGANISER", "before", "ORGANISER\n;x")))
        .isEqualTo("before=ORGANISER x; roles=ADMIN,ORGANISER");
    assertThat(AuditDetails.format(Map.of())).isNull();
  }

  @Test
  void overlongDetailsAreCut() {
    assertThat(AuditDetails.format(Map.of("k", "x".repeat(5000)))).hasSize(2000).endsWith("…");
  }

  @Test
  void anEntryNeedsAnActorADottedActionAndASubject() {
    Instant now = Instant.now();
    assertThatThrownBy(() -> new AuditRecord(" ", "User Created", "", null, null, now))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsOnlyKeys("actor", "action", "subject"));
    assertThat(new AuditRecord("u-1", "user.roles-changed", "user:u-2", null, null, now).toEntry().action())
        .isEqualTo("user.roles-changed");
  }

  @Test
  void detailKeysMustBeSimpleNames() {
    assertThatThrownBy(() -> AuditDetails.format(Map.of("a=b", "c"))).isInstanceOf(InvalidInput.class);
  }
}
