package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.redheart.meetings.api.Step;
import org.redheart.platform.api.InvalidInput;

/** Breakout assignment completes when groups are saved, everyone is in one, and each has a facilitator and a rapporteur. */
@ApplicationScoped
public class BreakoutStepGuard implements StepGuard {

  @Inject DefaultBreakoutGroups groups;

  @Override
  public Step step() {
    return Step.ASSIGN_BREAKOUT_GROUPS;
  }

  @Override
  public void check(String meetingId, Map<String, String> fields, InvalidInput.Collector errors) {
    List<String> missing = groups.missing(meetingId);
    if (!missing.isEmpty()) {
      errors.add("groups", String.join("; ", missing));
    }
  }
}
