package org.redheart.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The names a submitter asks the safeguarding check to look for and mask. */
class MaterialViewTest {

  @Test
  void namesAreTakenOnePerLineOrSeparatedByCommasWithoutBlanksOrRepeats() {
    assertThat(MaterialView.sensitiveNames("Rina\r\n  Mitu , Rina;\n\nলিজা")).containsExactly("Rina", "Mitu", "লিজা");
  }

  @Test
  void noNamesTypedIsAnEmptyList() {
    assertThat(MaterialView.sensitiveNames(null)).isEmpty();
    assertThat(MaterialView.sensitiveNames(" \n ")).isEmpty();
  }
}
