package org.redheart.materials.domain;

/**
 * How many badges to bring to a meeting: everyone expected (participants and speakers) plus a margin
 * of 10 % (rounded up, at least 2), less the badges already given to the meeting, never below zero.
 */
public final class BadgeCount {
  public static final int MIN_MARGIN = 2;

  private BadgeCount() {}

  public static int margin(int expectedParticipants, int speakers) {
    int people = Math.max(0, expectedParticipants) + Math.max(0, speakers);
    return Math.max(MIN_MARGIN, (people + 9) / 10);
  }

  public static long suggested(int expectedParticipants, int speakers, long alreadyDistributed) {
    long wanted = (long) Math.max(0, expectedParticipants) + Math.max(0, speakers)
        + margin(expectedParticipants, speakers);
    return Math.max(0, wanted - Math.max(0, alreadyDistributed));
  }
}
