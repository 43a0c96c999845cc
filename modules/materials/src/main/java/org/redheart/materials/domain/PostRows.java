package org.redheart.materials.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redheart.materials.api.PostImport;
import org.redheart.materials.api.PostImportField;
import org.redheart.platform.api.Digits;

/**
 * Reads the posts of one CSV row under a mapping: dates (2022-07-27, 27/07/2022, 27.07.2022, 27-07-2022,
 * in ASCII or Bengali digits; neither in the future nor impossible), figures (whole numbers ≥ 0,
 * thousands separators allowed, Bengali digits accepted; a blank cell is "not recorded", never 0),
 * a permalink (http or https). A group whose cells are all blank is no post.
 */
public final class PostRows {
  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));
  private static final int MAX_TEXT = 50_000;

  private PostRows() {}

  /** One post of a row, read; figures null when not recorded. */
  public record Post(
      int row, int group, LocalDate publishedOn, String permalink, String text, String meeting, LocalDate takenOn,
      Long reactions, Long comments, Long shares, Long reach, Long engagedUsers) {
    public boolean anyFigure() {
      return reactions != null || comments != null || shares != null || reach != null || engagedUsers != null;
    }

    /** The column name problems about this post's permalink are reported under. */
    public String permalinkColumn(List<String> header, Map<String, Integer> mapping) {
      return column(header, mapping, PostImportField.PERMALINK, group);
    }
  }

  /** The row's posts, adding the problems found to {@code problems}; a post with problems is left out. */
  public static List<Post> read(int row, List<String> cells, List<String> header, Map<String, Integer> mapping,
      PostImport.Kind kind, LocalDate today, List<PostImport.Problem> problems) {
    List<Post> posts = new ArrayList<>();
    for (int g : PostImportMapping.groups(mapping)) {
      boolean any = false;
      for (PostImportField f : PostImportField.values()) {
        any |= mapping.containsKey(PostImportMapping.key(f, g)) && !cell(cells, mapping, f, g).isEmpty();
      }
      if (!any) {
        continue;
      }
      int before = problems.size();
      Reader r = new Reader(row, g, cells, header, mapping, today, problems);
      LocalDate publishedOn = r.date(PostImportField.PUBLISHED_ON);
      String permalink = r.permalink();
      String text = r.text(PostImportField.TEXT);
      String meeting = r.text(PostImportField.MEETING);
      LocalDate takenOn = r.date(PostImportField.TAKEN_ON);
      Long reactions = r.figure(PostImportField.REACTIONS);
      Long comments = r.figure(PostImportField.COMMENTS);
      Long shares = r.figure(PostImportField.SHARES);
      Long reach = r.figure(PostImportField.REACH);
      Long engaged = r.figure(PostImportField.ENGAGED_USERS);
      if (kind == PostImport.Kind.HISTORICAL_POSTS && publishedOn == null && r.clean(PostImportField.PUBLISHED_ON)) {
        r.problem(PostImportField.PUBLISHED_ON, "is required");
      }
      if (permalink == null && r.clean(PostImportField.PERMALINK)) {
        r.problem(PostImportField.PERMALINK, "is required");
      }
      boolean figures = reactions != null || comments != null || shares != null || reach != null || engaged != null;
      if (kind == PostImport.Kind.FIGURES && !figures && problems.size() == before) {
        r.problem(PostImportField.REACTIONS, "no figure is given for this post");
      }
      if (takenOn != null && publishedOn != null && takenOn.isBefore(publishedOn)) {
        r.problem(PostImportField.TAKEN_ON, "is before the post was published (" + publishedOn + ")");
      }
      if (problems.size() == before) {
        posts.add(new Post(row, g, publishedOn, permalink, text, meeting, takenOn, reactions, comments, shares, reach,
            engaged));
      }
    }
    return posts;
  }

  /**
   * The new posts that are neither known already (by permalink) nor in the file a second time; a
   * problem "duplicate" for each of the others.
   */
  public static List<Post> withoutDuplicates(List<Post> posts, java.util.Set<String> known, List<String> header,
      Map<String, Integer> mapping, List<PostImport.Problem> problems) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Post> out = new ArrayList<>();
    for (Post p : posts) {
      String column = p.permalinkColumn(header, mapping);
      if (known.contains(p.permalink())) {
        problems.add(new PostImport.Problem(p.row(), column, "duplicate: a post with this permalink is known already"));
      } else if (!seen.add(p.permalink())) {
        problems.add(new PostImport.Problem(p.row(), column, "duplicate: this permalink is in the file twice"));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** A date in one of the accepted forms, or null when it is none. */
  public static LocalDate parseDate(String value) {
    String v = Digits.toAscii(value).strip();
    if (v.length() > 10 && v.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
      v = v.substring(0, 10);
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(v, f);
      } catch (DateTimeException e) {
        // try the next form
      }
    }
    return null;
  }

  /** The column's name in the header, or the mapping key when it has none. */
  static String column(List<String> header, Map<String, Integer> mapping, PostImportField field, int group) {
    Integer i = mapping.get(PostImportMapping.key(field, group));
    if (i == null || i >= header.size() || header.get(i).isBlank()) {
      return PostImportMapping.key(field, group);
    }
    return header.get(i).strip();
  }

  /**
   * The cell of a field for a post of the row; the day the figures were taken may be given once for
   * the whole row (the first post's column serves the others).
   */
  private static String cell(List<String> cells, Map<String, Integer> mapping, PostImportField field, int group) {
    Integer i = mapping.get(PostImportMapping.key(field, group));
    if (i == null && field == PostImportField.TAKEN_ON && group > 1) {
      i = mapping.get(PostImportMapping.key(field, 1));
    }
    return i == null || i >= cells.size() ? "" : cells.get(i).strip();
  }

  private static final class Reader {
    private final int row;
    private final int group;
    private final List<String> cells;
    private final List<String> header;
    private final Map<String, Integer> mapping;
    private final LocalDate today;
    private final List<PostImport.Problem> problems;
    private final java.util.Set<PostImportField> bad = java.util.EnumSet.noneOf(PostImportField.class);

    Reader(int row, int group, List<String> cells, List<String> header, Map<String, Integer> mapping, LocalDate today,
        List<PostImport.Problem> problems) {
      this.row = row;
      this.group = group;
      this.cells = cells;
      this.header = header;
      this.mapping = mapping;
      this.today = today;
      this.problems = problems;
    }

    boolean clean(PostImportField f) {
      return !bad.contains(f);
    }

    void problem(PostImportField f, String reason) {
      bad.add(f);
      problems.add(new PostImport.Problem(row, column(header, mapping, f, group), reason));
    }

    String text(PostImportField f) {
      String v = cell(cells, mapping, f, group);
      if (v.length() > MAX_TEXT) {
        problem(f, "is longer than " + MAX_TEXT + " characters");
        return null;
      }
      return v.isEmpty() ? null : v;
    }

    LocalDate date(PostImportField f) {
      String v = cell(cells, mapping, f, group);
      if (v.isEmpty()) {
        return null;
      }
      LocalDate d = parseDate(v);
      if (d == null) {
        problem(f, "bad date \"" + clip(v) + "\" (use 2022-07-27 or 27/07/2022)");
        return null;
      }
      if (d.isAfter(today)) {
        problem(f, "bad date " + d + ": it is in the future");
        return null;
      }
      return d;
    }

    String permalink() {
      String v = cell(cells, mapping, PostImportField.PERMALINK, group);
      if (v.isEmpty()) {
        return null;
      }
      if (v.length() > 2000) {
        problem(PostImportField.PERMALINK, "is longer than 2000 characters");
        return null;
      }
      try {
        URI uri = new URI(v);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank()) {
          return v;
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      problem(PostImportField.PERMALINK, "is not an http or https address");
      return null;
    }

    Long figure(PostImportField f) {
      String v = cell(cells, mapping, f, group);
      if (v.isEmpty()) {
        return null;
      }
      String n = Digits.toAscii(v).replace(",", "").replace(" ", "").replace("\u00A0", "").replace("_", "");
      if (n.matches("-\\d+")) {
        problem(f, "negative figure " + clip(v));
        return null;
      }
      if (!n.matches("\\d{1,15}")) {
        problem(f, "not a whole number: \"" + clip(v) + "\"");
        return null;
      }
      return Long.parseLong(n);
    }

    private static String clip(String v) {
      return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
  }
}
