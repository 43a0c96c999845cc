package org.redheart.materials.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A campaign's posts in a period with their latest figures, the totals (each with the number of posts
 * it runs over: a figure not recorded is not counted as zero), the posts people engaged with most, and
 * engagement by kind of post and per month.
 */
public record PostAnalytics(
    String campaignId,
    LocalDate from,
    LocalDate to,
    List<Row> posts,
    Totals totals,
    List<Row> mostEngaged,
    List<KindTotals> byKind,
    List<MonthTotals> byMonth) {
  /** A post: the figures of its latest snapshot (null: not recorded). */
  public record Row(
      String materialId, LocalDate publishedOn, String summary, String kindCode, String meetingId, String permalink,
      boolean publishedOutside, Long reactions, Long comments, Long shares, Long reach, Long engagedUsers) {
    /** Reactions + comments + shares, over the figures recorded; null when none is. */
    public Long interactions() {
      if (reactions == null && comments == null && shares == null) {
        return null;
      }
      return (reactions == null ? 0 : reactions) + (comments == null ? 0 : comments) + (shares == null ? 0 : shares);
    }
  }

  /** A sum and the number of posts it runs over. */
  public record Total(long sum, int posts) {}

  public record Totals(int posts, Total reactions, Total comments, Total shares, Total reach, Total engagedUsers) {}

  public record KindTotals(String kindCode, int posts, Total interactions) {}

  public record MonthTotals(YearMonth month, int posts, Total interactions, Total reach) {}
}
