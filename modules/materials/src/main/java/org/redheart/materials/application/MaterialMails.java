package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.platform.api.MailPurpose;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Outbox;
import org.redheart.platform.api.OutgoingMail;
import org.redheart.platform.api.UserSummary;
import org.redheart.platform.api.Users;

/**
 * Staff notices of the publication approval, through the outbox (in the caller's transaction): a
 * version needs clearance (to the safeguarding leads), no eligible approver (to admins), approved and
 * changes requested (to the author). Models hold display strings only (the title, a link); never
 * the text or a finding. The recipient's language picks the template.
 */
@ApplicationScoped
public class MaterialMails {
  private static final Logger LOG = Logger.getLogger(MaterialMails.class.getName());

  public static final String NEEDS_CLEARANCE = "material-needs-clearance";
  public static final String NO_APPROVER = "material-no-approver";
  public static final String APPROVED = "material-approved";
  public static final String CHANGES_REQUESTED = "material-changes-requested";

  @Inject Outbox outbox;
  @Inject Users users;

  /** Enqueues one mail; false when the user is unknown, inactive or has no address. */
  public boolean send(String userId, String template, Map<String, Object> model, String subjectId) {
    if (userId == null) {
      return false;
    }
    UserSummary u;
    try {
      u = users.get(userId);
    } catch (NotFound e) {
      LOG.fine(() -> "no user " + userId + " for a materials notice");
      return false;
    }
    if (!u.active() || u.email() == null || u.email().isBlank()) {
      return false;
    }
    String language = "bn".equals(u.language()) ? "bn" : "en";
    Map<String, Object> full = new LinkedHashMap<>(model);
    full.put("displayName", u.displayName() == null ? "" : u.displayName());
    full.putIfAbsent("baseUrl", baseUrl());
    outbox.enqueue(new OutgoingMail(u.email(), language, template, full, MailPurpose.STAFF_NOTICE, List.of(), Map.of(),
        subjectId));
    return true;
  }

  /** The material's page, for links in mails. */
  public static String link(String materialId) {
    return baseUrl() + "/materials/view.xhtml?id=" + materialId;
  }

  static String baseUrl() {
    String configured = ConfigProvider.getConfig().getOptionalValue("redheart.public-base-url", String.class)
        .orElse("http://localhost:8080");
    return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
  }
}
