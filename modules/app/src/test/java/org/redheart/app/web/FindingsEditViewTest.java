package org.redheart.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The api names a row by its place among the rows sent; the page by its place among the rows shown. */
class FindingsEditViewTest {

  @Test
  void anErrorOfAPlanIsShownOnThePagesRowEvenWhenEmptyRowsWereLeftOut() {
    // page rows: group 0 was empty (not sent), group 1 sent as groups[0]; its plan 2 sent as actionPlans[0]
    Map<String, String> rows = Map.of(
        "groups[0].", "g1.",
        "groups[0].actionPlans[0].", "g1.p2.",
        "recommendations[0].", "r3.");

    assertThat(FindingsEditView.pageField("groups[0].actionPlans[0].dueOn", rows)).isEqualTo("g1.p2.dueOn");
    assertThat(FindingsEditView.pageField("groups[0].themeCode", rows)).isEqualTo("g1.themeCode");
    assertThat(FindingsEditView.pageField("recommendations[0].text", rows)).isEqualTo("r3.text");
    assertThat(FindingsEditView.pageField("groups", rows)).isEqualTo("groups");
  }
}
