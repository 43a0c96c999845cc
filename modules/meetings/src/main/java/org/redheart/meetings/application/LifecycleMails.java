package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.meetings.api.Step;
import org.redheart.platform.api.MailPurpose;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Outbox;
import org.redheart.platform.api.OutgoingMail;
import org.redheart.platform.api.UserSummary;
import org.redheart.platform.api.Users;

/**
 * The staff notices of the lifecycle, through the outbox (in the caller's transaction): an overdue
 * step to its assignee, the organiser's "1 day to go", "no eligible approver" to admins, and the
 * supervisors' daily digest. Models hold display strings only; the recipient's language picks the
 * template.
 */
@ApplicationScoped
public class LifecycleMails {
  private static final Logger LOG = Logger.getLogger(LifecycleMails.class.getName());

  public static final String OVERDUE = "meeting-step-overdue";
  public static final String ONE_DAY_TO_GO = "meeting-one-day-to-go";
  public static final String NO_APPROVER = "meeting-no-approver";
  public static final String DIGEST = "meeting-late-digest";

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  @Inject Outbox outbox;
  @Inject Users users;

  /** Enqueues one mail to the user; false when the user is unknown, inactive or has no address. */
  boolean send(String userId, String template, Map<String, Object> model, String subjectId) {
    Optional<UserSummary> user = user(userId);
    if (user.isEmpty()) {
      return false;
    }
    UserSummary u = user.get();
    String language = "bn".equals(u.language()) ? "bn" : "en";
    Map<String, Object> full = new java.util.LinkedHashMap<>(model);
    full.put("displayName", u.displayName() == null ? "" : u.displayName());
    full.putIfAbsent("baseUrl", baseUrl());
    if (full.get("step") instanceof Step step) {
      full.put("step", StepNames.name(step, language));
    }
    outbox.enqueue(new OutgoingMail(u.email(), language, template, full, MailPurpose.STAFF_NOTICE, List.of(), Map.of(),
        subjectId));
    return true;
  }

  Optional<UserSummary> user(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    try {
      UserSummary u = users.get(userId);
      if (!u.active() || u.email() == null || u.email().isBlank()) {
        return Optional.empty();
      }
      return Optional.of(u);
    } catch (NotFound e) {
      LOG.fine(() -> "no user " + userId + " for a lifecycle notice");
      return Optional.empty();
    }
  }

  static String when(Instant at, ZoneId zone) {
    return WHEN.format(at.atZone(zone)) + " " + zone.getId();
  }

  static String baseUrl() {
    String configured = ConfigProvider.getConfig().getOptionalValue("redheart.public-base-url", String.class)
        .orElse("http://localhost:8080");
    return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
  }
}
