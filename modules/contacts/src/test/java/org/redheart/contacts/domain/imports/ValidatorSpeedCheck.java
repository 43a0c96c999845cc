package org.redheart.contacts.domain.imports;

import java.util.List;
import java.util.Map;

/** Not a test: times the row check (run by hand with java -cp). */
class ValidatorSpeedCheck {
  public static void main(String[] args) {
    List<String> headers = List.of("name", "email", "phone", "organisation", "title", "category", "district", "country", "tags", "languages", "consent bulletin", "notes");
    RowValidator v = new RowValidator(headers, HeaderMatcher.match(headers), Map.of("4", 4L, "1", 1L));
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < 100_000; i++) {
        v.check(List.of("রহিমা খাতুন " + i, "bench" + i + "@example.org", "01711-" + (100000 + i), "Organisation 12", "Coordinator", "4", "Dhaka", "Bangladesh", "volunteer;mentor", "Bangla", "yes", "Row"));
      }
      System.out.println((System.nanoTime() - t0) / 1_000_000 + " ms per 100,000 rows");
    }
  }
}
