package org.redheart.app.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.redheart.materials.api.DiffSegment;
import org.redheart.materials.api.StoredFinding;
import org.redheart.safeguarding.api.Severity;

/**
 * A version's text as the pages show it: cut at the findings' start and end into segments, each
 * marked with the most severe finding that covers it (the page escapes each segment as it writes
 * it), and the comparison with the last approved version as runs of kept, inserted and deleted text.
 */
public final class MaterialText {
  private MaterialText() {}

  /** A piece of a version's text, with the finding that covers it (null when none). */
  public record Segment(String text, StoredFinding finding, int findingNumber) {
    public boolean isMarked() {
      return finding != null;
    }

    /** "finding finding-high" and the like, for the mark's class. */
    public String getCssClass() {
      return finding == null ? "" : "finding finding-" + finding.severity().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A run of the comparison: {@code kind} is "same", "ins" or "del". */
  public record DiffPart(String kind, String text) {
    public boolean isInserted() {
      return "ins".equals(kind);
    }

    public boolean isDeleted() {
      return "del".equals(kind);
    }
  }

  /**
   * Cuts {@code text} at every start and end of the text findings (photo findings, with a negative
   * start, are left out; positions are clipped to the text and never split a surrogate pair).
   * Where findings overlap, the segment carries the most severe one; {@code findingNumber} is the
   * 1-based position of that finding in {@code findings}, for the list beside the text.
   */
  public static List<Segment> highlight(String text, List<StoredFinding> findings) {
    List<Segment> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    int length = text.length();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
    List<StoredFinding> inText = new ArrayList<>();
    for (StoredFinding f : findings == null ? List.<StoredFinding>of() : findings) {
      if (f.start() < 0 || f.end() <= f.start() || f.start() >= length) {
        continue;
      }
      inText.add(f);
      cuts.add(safeCut(text, f.start()));
      cuts.add(safeCut(text, Math.min(f.end(), length)));
    }
    Integer from = null;
    for (Integer to : cuts) {
      if (from != null && to > from) {
        StoredFinding covering = covering(inText, from, to);
        int number = covering == null ? 0 : findings.indexOf(covering) + 1;
        Segment previous = out.isEmpty() ? null : out.get(out.size() - 1);
        if (previous != null && previous.finding() == covering) {
          out.set(out.size() - 1, new Segment(previous.text() + text.substring(from, to), covering, number));
        } else {
          out.add(new Segment(text.substring(from, to), covering, number));
        }
      }
      from = to;
    }
    return out;
  }

  private static StoredFinding covering(List<StoredFinding> findings, int from, int to) {
    return findings.stream()
        .filter(f -> f.start() < to && f.end() > from)
        .max(Comparator.comparing(StoredFinding::severity, Comparator.comparingInt(Severity::ordinal))
            .thenComparing(StoredFinding::start, Comparator.reverseOrder()))
        .orElse(null);
  }

  /** A cut inside a surrogate pair moves to its start. */
  private static int safeCut(String text, int at) {
    if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) && Character.isHighSurrogate(text.charAt(at - 1))) {
      return at - 1;
    }
    return at;
  }

  /**
   * The comparison as runs of one kind each. Words arrive one by one: adjacent words of the same kind
   * are joined, with a space between two words when neither brings its own white space.
   */
  public static List<DiffPart> diff(List<DiffSegment> segments) {
    List<DiffPart> out = new ArrayList<>();
    String lastText = null;
    for (DiffSegment s : segments == null ? List.<DiffSegment>of() : segments) {
      if (s.text() == null || s.text().isEmpty()) {
        continue;
      }
      String kind = switch (s.kind()) {
        case SAME -> "same";
        case INSERTED -> "ins";
        case DELETED -> "del";
      };
      boolean space = lastText != null && !endsWithSpace(lastText) && !Character.isWhitespace(s.text().charAt(0));
      DiffPart previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && previous.kind().equals(kind)) {
        out.set(out.size() - 1, new DiffPart(kind, previous.text() + (space ? " " : "") + s.text()));
      } else if (space && "same".equals(kind)) {
        out.add(new DiffPart(kind, " " + s.text()));
      } else {
        if (space) {
          // the space between two runs belongs to neither change: it goes with the text kept
          if (previous != null && "same".equals(previous.kind())) {
            out.set(out.size() - 1, new DiffPart("same", previous.text() + " "));
          } else {
            out.add(new DiffPart("same", " "));
          }
        }
        out.add(new DiffPart(kind, s.text()));
      }
      lastText = s.text();
    }
    return out;
  }

  /** How many words the comparison inserts and deletes: {inserted, deleted}. */
  public static int[] changedWords(List<DiffSegment> segments) {
    int inserted = 0;
    int deleted = 0;
    for (DiffSegment s : segments == null ? List.<DiffSegment>of() : segments) {
      int words = s.text() == null || s.text().isBlank() ? 0 : s.text().strip().split("\\s+").length;
      if (s.kind() == DiffSegment.Kind.INSERTED) {
        inserted += words;
      } else if (s.kind() == DiffSegment.Kind.DELETED) {
        deleted += words;
      }
    }
    return new int[] {inserted, deleted};
  }

  private static boolean endsWithSpace(String s) {
    return !s.isEmpty() && Character.isWhitespace(s.charAt(s.length() - 1));
  }
}
