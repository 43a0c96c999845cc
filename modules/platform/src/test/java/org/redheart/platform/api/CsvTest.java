package org.redheart.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
    for (String formula : List.of("=1+2", "+1", "-2", "@SUM(A1)", "\tx", "\rx")) {
      assertThat(Csv.neutralise(formula)).as(formula).startsWith("'");
    }
    assertThat(Csv.neutralise("plain")).isEqualTo("plain");
    assertThat(Csv.neutralise("a=b")).isEqualTo("a=b");
  }

  @Test
  void rowsAreQuotedWithQuotesDoubledAndEndInCrlf() {
    assertThat(Csv.row(Arrays.asList("a \"b\"", null, "=HYPERLINK(\"x\")", "সভা")))
        .isEqualTo("\"a \"\"b\"\"\",\"\",\"'=HYPERLINK(\"\"x\"\")\",\"সভা\"\r\n");
  }
}
