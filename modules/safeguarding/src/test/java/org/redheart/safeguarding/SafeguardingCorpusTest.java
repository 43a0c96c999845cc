package org.redheart.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.redheart.safeguarding.api.Category;
import org.redheart.safeguarding.api.CheckInput;
import org.redheart.safeguarding.api.Finding;
import org.redheart.safeguarding.api.SafeguardingCheck;

/**
 * Measures the check on the labelled corpus ({@code corpus/} and, while it exists, helper S1's
 * {@code corpus-s1/}; {@code -Dsafeguarding.corpus.dir=DIR} adds a directory): recall and
 * false-positive rate per category and language; fails below recall 0.9 or above FP 0.1.
 */
class SafeguardingCorpusTest {
  private static final double MIN_RECALL = 0.9;
  private static final double MAX_FP = 0.1;

  record Line(String id, Set<Category> expected, Set<String> names, String text) {}

  @Test
  void recallAndFalsePositivesPerCategoryAndLanguage() throws IOException {
    SafeguardingCheck check = SafeguardingCheck.standard();
    Map<String, List<Line>> byLanguage = new LinkedHashMap<>();
    for (String lang : List.of("en", "bn")) {
      List<Line> lines = new ArrayList<>();
      for (String dir : List.of("corpus", "corpus-s1")) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(dir + "/" + lang + ".tsv")) {
          if (in != null) {
            lines.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
          }
        }
      }
      String extra = System.getProperty("safeguarding.corpus.dir");
      if (extra != null && Files.isRegularFile(Path.of(extra, lang + ".tsv"))) {
        lines.addAll(parse(Files.readString(Path.of(extra, lang + ".tsv"))));
      }
      byLanguage.put(lang, lines);
    }
    assertThat(byLanguage.values()).allSatisfy(l -> assertThat(l).isNotEmpty());

    List<String> failures = new ArrayList<>();
    StringBuilder report = new StringBuilder("Safeguarding corpus\n");
    for (Map.Entry<String, List<Line>> e : byLanguage.entrySet()) {
      String lang = e.getKey();
      List<Line> lines = e.getValue();
      Map<String, Set<Category>> found = new LinkedHashMap<>();
      for (Line line : lines) {
        List<Finding> findings = check.check(new CheckInput(line.text(), List.of(), line.names()));
        Set<Category> cats = findings.stream().map(Finding::category)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
        found.put(line.id(), cats);
        if (!cats.equals(line.expected())) {
          report.append(String.format("  %-8s expected %s found %s%n", line.id(), line.expected(), cats));
        }
      }
      long mustNotFlag = lines.stream().filter(l -> l.expected().isEmpty()).count();
      long flaggedClean = lines.stream().filter(l -> l.expected().isEmpty() && !found.get(l.id()).isEmpty()).count();
      report.append(String.format("%s: %d texts, %d must-not-flag (%d flagged)%n", lang, lines.size(),
          mustNotFlag, flaggedClean));
      for (Category c : Category.values()) {
        if (c == Category.PHOTO_METADATA) {
          continue;
        }
        long expected = lines.stream().filter(l -> l.expected().contains(c)).count();
        long hit = lines.stream().filter(l -> l.expected().contains(c) && found.get(l.id()).contains(c)).count();
        long negatives = lines.size() - expected;
        long fp = lines.stream().filter(l -> !l.expected().contains(c) && found.get(l.id()).contains(c)).count();
        double recall = expected == 0 ? 1.0 : (double) hit / expected;
        double fpRate = negatives == 0 ? 0.0 : (double) fp / negatives;
        report.append(String.format("  %-2s %-17s recall %3d/%-3d = %.2f   false positives %3d/%-3d = %.2f%n",
            lang, c, hit, expected, recall, fp, negatives, fpRate));
        if (recall < MIN_RECALL || fpRate > MAX_FP) {
          failures.add(lang + " " + c + String.format(" recall %.2f fp %.2f", recall, fpRate));
        }
      }
    }
    System.out.println(report);
    assertThat(failures).as(report.toString()).isEmpty();
  }

  static List<Line> parse(String content) {
    List<Line> out = new ArrayList<>();
    for (String raw : content.split("\\R")) {
      if (raw.isBlank() || raw.startsWith("#")) {
        continue;
      }
      String[] f = raw.split("\t", 4);
      if (f.length < 4) {
        throw new IllegalArgumentException("corpus line needs 4 tab-separated fields: " + raw);
      }
      Set<Category> expected = Arrays.stream(f[1].split(",")).map(String::trim).filter(s -> !s.isEmpty())
          .map(Category::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
      Set<String> names = Arrays.stream(f[2].split("\\|")).map(String::trim).filter(s -> !s.isEmpty())
          .collect(Collectors.toCollection(LinkedHashSet::new));
      out.add(new Line(f[0], expected, names, f[3].replace("\\n", "\n")));
    }
    return out;
  }
}
