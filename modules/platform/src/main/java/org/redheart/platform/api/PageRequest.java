package org.redheart.platform.api;

/** A page of a list: zero-based page number and page size (1 to 200). */
public record PageRequest(int page, int size) {
  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 0) {
      throw new InvalidInput("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInput("size", "must be between 1 and " + MAX_SIZE);
    }
  }

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? 25 : size);
  }

  public int offset() {
    return page * size;
  }
}
