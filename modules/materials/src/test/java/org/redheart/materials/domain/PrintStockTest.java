package org.redheart.materials.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redheart.materials.api.PrintRuns;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.InvalidInput;

class PrintStockTest {

  /** A little ledger: what was printed and given out per version, as the service sums it. */
  private final Map<Integer, Long> printed = new HashMap<>();
  private final Map<Integer, Long> distributed = new HashMap<>();

  private PrintStock stock() {
    return new PrintStock(printed, distributed);
  }

  private void give(int version, int quantity) {
    PrintStock s = stock();
    s.checkTake(version, quantity);
    distributed.merge(version, (long) quantity, Long::sum);
  }

  @Test
  void stockGoesDownWithEachDistribution() {
    printed.put(1, 500L);

    give(1, 120);
    assertThat(stock().onHand(1)).isEqualTo(380);
    give(1, 80);

    PrintRuns.Stock view = stock().view("badge");
    assertThat(view.printed()).isEqualTo(500);
    assertThat(view.distributed()).isEqualTo(200);
    assertThat(view.onHand()).isEqualTo(300);
    assertThat(view.versions()).containsExactly(new PrintRuns.VersionStock(1, 500, 200, 300));
  }

  @Test
  void refusesADistributionAboveWhatIsOnHandAndSaysHowManyAreLeft() {
    printed.put(1, 500L);
    give(1, 120);

    assertThatThrownBy(() -> give(1, 400)).isInstanceOf(Conflict.class)
        .hasMessage("only 380 copies of version 1 on hand");
    assertThat(stock().onHand(1)).isEqualTo(380);
  }

  @Test
  void theLastCopiesMayAllGoButNotOneMore() {
    printed.put(2, 50L);
    give(2, 50);
    assertThat(stock().onHand(2)).isZero();
    assertThatThrownBy(() -> give(2, 1)).hasMessage("only 0 copies of version 2 on hand");
  }

  @Test
  void keepsEachVersionsCopiesApart() {
    printed.put(1, 100L);
    printed.put(2, 300L);
    give(1, 100);

    assertThatThrownBy(() -> give(1, 10)).hasMessage("only 0 copies of version 1 on hand");
    give(2, 10);
    assertThat(stock().view("brief").versions()).containsExactly(
        new PrintRuns.VersionStock(1, 100, 100, 0), new PrintRuns.VersionStock(2, 300, 10, 290));
    assertThat(stock().view("brief").onHand()).isEqualTo(290);
  }

  @Test
  void withoutAVersionTakesTheOldestPrintedVersionWithCopiesOnHand() {
    printed.put(3, 20L);
    printed.put(1, 10L);
    assertThat(stock().versionFor(0)).isEqualTo(1);
    give(1, 10);
    assertThat(stock().versionFor(0)).isEqualTo(3);
    assertThat(stock().versionFor(1)).isEqualTo(1);
  }

  @Test
  void refusesAVersionNeverPrintedAndADistributionOfNothingPrinted() {
    assertThatThrownBy(() -> stock().versionFor(0)).isInstanceOf(Conflict.class)
        .hasMessageContaining("no copies were printed yet");
    printed.put(1, 5L);
    assertThatThrownBy(() -> stock().versionFor(2)).isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsEntry("versionNumber",
            "version 2 was never printed"));
    give(1, 5);
    assertThatThrownBy(() -> stock().versionFor(0)).isInstanceOf(Conflict.class)
        .hasMessageContaining("every printed copy was given out");
  }
}
