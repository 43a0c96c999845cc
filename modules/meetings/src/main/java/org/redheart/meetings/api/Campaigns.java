package org.redheart.meetings.api;

import java.util.List;

/** The campaigns meetings belong to. */
public interface Campaigns {
  List<Campaign> all();
}
