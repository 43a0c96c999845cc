package org.redheart.materials.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.redheart.materials.api.PrintRuns;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.InvalidInput;

/**
 * The printed copies of a material per version: printed, given out, on hand. A distribution takes
 * copies of one version and never more than that version has on hand.
 */
public final class PrintStock {
  private final Map<Integer, Long> printed;
  private final Map<Integer, Long> distributed;

  /** Copies printed and given out, each by version number. */
  public PrintStock(Map<Integer, Long> printed, Map<Integer, Long> distributed) {
    this.printed = Map.copyOf(printed);
    this.distributed = Map.copyOf(distributed);
  }

  public long printed(int version) {
    return printed.getOrDefault(version, 0L);
  }

  public long distributed(int version) {
    return distributed.getOrDefault(version, 0L);
  }

  public long onHand(int version) {
    return printed(version) - distributed(version);
  }

  /**
   * The version a distribution takes copies of: the one asked for (it must have been printed), or for
   * 0 the oldest printed version with copies on hand.
   *
   * @throws InvalidInput for a version never printed
   * @throws Conflict when nothing is on hand
   */
  public int versionFor(int requested) {
    if (requested < 0) {
      throw new InvalidInput("versionNumber", "must be a version number, or 0 for the oldest version on hand");
    }
    if (requested > 0) {
      if (printed(requested) == 0) {
        throw new InvalidInput("versionNumber", "version " + requested + " was never printed");
      }
      return requested;
    }
    return new TreeSet<>(printed.keySet()).stream().filter(v -> onHand(v) > 0).findFirst()
        .orElseThrow(() -> new Conflict(printed.isEmpty() ? "no copies were printed yet: record a print run first"
            : "no copies on hand: every printed copy was given out"));
  }

  /** @throws Conflict "only N copies of version V on hand" when the distribution takes more than that. */
  public void checkTake(int version, int quantity) {
    long left = onHand(version);
    if (quantity > left) {
      throw new Conflict("only " + left + " copies of version " + version + " on hand");
    }
  }

  /** The stock as the api shows it, versions in order. */
  public PrintRuns.Stock view(String materialId) {
    TreeSet<Integer> versions = new TreeSet<>(printed.keySet());
    versions.addAll(distributed.keySet());
    List<PrintRuns.VersionStock> rows = new ArrayList<>();
    long p = 0;
    long d = 0;
    for (int v : versions) {
      rows.add(new PrintRuns.VersionStock(v, printed(v), distributed(v), onHand(v)));
      p += printed(v);
      d += distributed(v);
    }
    return new PrintRuns.Stock(materialId, p, d, p - d, List.copyOf(rows));
  }
}
