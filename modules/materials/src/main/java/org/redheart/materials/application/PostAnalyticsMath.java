package org.redheart.materials.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.redheart.materials.api.PostAnalytics;

/**
 * The totals of a period's posts: each sum runs over the posts that have the figure (a figure not
 * recorded is not a zero), the five posts with most interactions, and the totals by kind and by
 * month (every month of the period, empty ones too).
 */
final class PostAnalyticsMath {
  static final int TOP = 5;

  private PostAnalyticsMath() {}

  static PostAnalytics of(String campaignId, LocalDate from, LocalDate to, List<PostAnalytics.Row> rows) {
    PostAnalytics.Totals totals = new PostAnalytics.Totals(rows.size(),
        total(rows, PostAnalytics.Row::reactions), total(rows, PostAnalytics.Row::comments),
        total(rows, PostAnalytics.Row::shares), total(rows, PostAnalytics.Row::reach),
        total(rows, PostAnalytics.Row::engagedUsers));
    List<PostAnalytics.Row> top = rows.stream()
        .filter(r -> r.interactions() != null)
        .sorted(Comparator.comparing(PostAnalytics.Row::interactions).reversed()
            .thenComparing(PostAnalytics.Row::publishedOn))
        .limit(TOP)
        .toList();
    Map<String, List<PostAnalytics.Row>> kinds = new TreeMap<>();
    rows.forEach(r -> kinds.computeIfAbsent(r.kindCode(), k -> new ArrayList<>()).add(r));
    List<PostAnalytics.KindTotals> byKind = new ArrayList<>();
    kinds.forEach((k, list) -> byKind.add(new PostAnalytics.KindTotals(k, list.size(),
        total(list, PostAnalytics.Row::interactions))));
    Map<YearMonth, List<PostAnalytics.Row>> months = new LinkedHashMap<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.put(m, new ArrayList<>());
    }
    rows.forEach(r -> {
      List<PostAnalytics.Row> list = months.get(YearMonth.from(r.publishedOn()));
      if (list != null) {
        list.add(r);
      }
    });
    List<PostAnalytics.MonthTotals> byMonth = new ArrayList<>();
    months.forEach((m, list) -> byMonth.add(new PostAnalytics.MonthTotals(m, list.size(),
        total(list, PostAnalytics.Row::interactions), total(list, PostAnalytics.Row::reach))));
    return new PostAnalytics(campaignId, from, to, List.copyOf(rows), totals, top, byKind, byMonth);
  }

  static PostAnalytics.Total total(List<PostAnalytics.Row> rows, Function<PostAnalytics.Row, Long> figure) {
    long sum = 0;
    int posts = 0;
    for (PostAnalytics.Row r : rows) {
      Long v = figure.apply(r);
      if (v != null) {
        sum += v;
        posts++;
      }
    }
    return new PostAnalytics.Total(sum, posts);
  }
}
