package org.redheart.network.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.network.api.Network;
import org.redheart.network.domain.Application;
import org.redheart.network.persistence.NetworkStore;
import org.redheart.platform.api.Links;
import org.redheart.platform.api.MailPurpose;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Outbox;
import org.redheart.platform.api.OutgoingMail;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.UserSummary;
import org.redheart.platform.api.Users;

/**
 * The mails of a membership, in the applicant's language, written to the outbox in the caller's
 * transaction (the decision's): welcome (with the one-click leave link), decline (with the reason),
 * and the reminder to reviewers of an application waiting too long.
 */
@ApplicationScoped
@Transactional
public class MembershipMails {
  public static final String WELCOME = "network-welcome";
  public static final String DECLINE = "network-decline";
  public static final String REMINDER = "network-review-reminder";
  private static final int MAX_REVIEWERS = 200;

  @Inject NetworkStore store;
  @Inject Outbox outbox;
  @Inject Links links;
  @Inject Users users;

  /** Enqueues the welcome mail of an approved application; returns the outbox id. */
  public String welcome(String applicationId) {
    Application a = application(applicationId);
    String token = links.sign(Network.LEAVE_PURPOSE, a.memberId(), null);
    Map<String, Object> model = Map.of(
        "name", a.name(),
        "volunteer", a.volunteer(),
        "leaveLink", baseUrl() + Network.LEAVE_PAGE + "?t=" + token);
    // no List-Unsubscribe header: mail clients show it as "unsubscribe", and leaving the network is not that
    return outbox.enqueue(new OutgoingMail(a.email(), a.language(), WELCOME, model, MailPurpose.MEMBERSHIP, List.of(),
        Map.of(), a.contactId()));
  }

  /** Enqueues the polite decline of a declined application, with its reason. */
  public String decline(String applicationId) {
    Application a = application(applicationId);
    Map<String, Object> model = Map.of("name", a.name(), "reason", a.declineReason());
    return outbox.enqueue(new OutgoingMail(a.email(), a.language(), DECLINE, model, MailPurpose.MEMBERSHIP, List.of(),
        Map.of(), a.id()));
  }

  /** Reminds supervisors and admins that an application waits for review; returns how many mails. */
  public int remindReviewers(String applicationId) {
    Application a = application(applicationId);
    Set<String> ids = new LinkedHashSet<>(users.idsWithRole(Role.SUPERVISOR, MAX_REVIEWERS));
    ids.addAll(users.idsWithRole(Role.ADMIN, MAX_REVIEWERS));
    int sent = 0;
    for (String id : ids) {
      UserSummary user = users.get(id);
      if (user.email() == null || user.email().isBlank()) {
        continue;
      }
      Map<String, Object> model = Map.of(
          "displayName", user.displayName(),
          "link", baseUrl() + "/network-application.xhtml?id=" + a.id(),
          "submittedOn", a.toDetails(null).submittedAt().toString().substring(0, 10));
      outbox.enqueue(new OutgoingMail(user.email(), "bn".equals(user.language()) ? "bn" : "en", REMINDER, model,
          MailPurpose.STAFF_NOTICE, List.of(), Map.of(), user.id()));
      sent++;
    }
    return sent;
  }

  private Application application(String id) {
    return store.application(id).orElseThrow(() -> new NotFound("application", id));
  }

  static String baseUrl() {
    String configured = ConfigProvider.getConfig().getOptionalValue("redheart.public-base-url", String.class)
        .orElse("http://localhost:8080");
    return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
  }
}
