package org.redheart.platform.api;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total count of matching items. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public long pageCount() {
    return total == 0 ? 1 : (total + size - 1) / size;
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
