package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.materials.api.ConcernKind;
import org.redheart.materials.api.ConcernSubject;
import org.redheart.materials.domain.Concern;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.MailPurpose;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Outbox;
import org.redheart.platform.api.OutgoingMail;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.UserSummary;
import org.redheart.platform.api.Users;

/**
 * The automatic steps of {@code SafeguardingConcernProcess}: telling every active safeguarding lead
 * at once (admins when there is no lead), and withdrawing a material. The mail names only the kind of
 * concern and the subject's title, with a link: never the summary.
 */
@ApplicationScoped
@Transactional
public class ConcernSteps {
  private static final Logger LOG = Logger.getLogger(ConcernSteps.class.getName());

  public static final String RAISED_TEMPLATE = "concern-raised";
  static final int MAX_LEADS = 200;

  @PersistenceContext(unitName = "materials")
  EntityManager em;

  @Inject Users users;
  @Inject Outbox outbox;
  @Inject Audit audit;
  @Inject MaterialLifecycle lifecycle;

  /** Mails every active safeguarding lead (or, when there is none, every admin); returns how many. */
  public int tellSafeguardingLeads(String concernId) {
    Concern concern = concern(concernId);
    List<String> leads = users.idsWithRole(Role.SAFEGUARDING_LEAD, MAX_LEADS);
    boolean toAdmins = false;
    List<String> told = mail(leads, concern);
    if (told.isEmpty()) {
      LOG.warning("No safeguarding lead could be told of concern " + concernId + ": telling the admins.");
      toAdmins = true;
      told = mail(users.idsWithRole(Role.ADMIN, MAX_LEADS), concern);
    }
    audit.record(Audit.SYSTEM, toAdmins ? "concern.admins-told-no-lead" : "concern.leads-told", "concern:" + concernId,
        Map.of("told", String.valueOf(told.size())));
    return told.size();
  }

  /** Whether the concern is about a material (which the process withdraws). */
  public boolean isAboutMaterial(String concernId) {
    return concern(concernId).subject() == ConcernSubject.MATERIAL;
  }

  /** Withdraws the concern's material; the concern records that its item is withdrawn. */
  public void withdrawItem(String concernId) {
    Concern concern = concern(concernId);
    if (concern.subject() != ConcernSubject.MATERIAL) {
      return;
    }
    boolean withdrawnNow = lifecycle.withdrawForConcern(concern.subjectId(), concernId);
    concern.itemWithdrawn();
    audit.record(Audit.SYSTEM, "concern.item-withdrawn", "concern:" + concernId,
        Map.of("material", concern.subjectId(), "alreadyWithdrawn", String.valueOf(!withdrawnNow)));
  }

  private List<String> mail(List<String> userIds, Concern concern) {
    List<String> told = new ArrayList<>();
    for (String userId : userIds) {
      UserSummary u;
      try {
        u = users.get(userId);
      } catch (NotFound e) {
        continue;
      }
      if (!u.active() || u.email() == null || u.email().isBlank()) {
        continue;
      }
      String language = "bn".equals(u.language()) ? "bn" : "en";
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("displayName", u.displayName() == null ? "" : u.displayName());
      model.put("disclosure", concern.kind() == ConcernKind.DISCLOSURE);
      model.put("aboutMaterial", concern.subject() == ConcernSubject.MATERIAL);
      model.put("subjectTitle", concern.subjectTitle());
      model.put("link", baseUrl() + "/concerns/view.xhtml?id=" + concern.id());
      outbox.enqueue(new OutgoingMail(u.email(), language, RAISED_TEMPLATE, model, MailPurpose.STAFF_NOTICE, List.of(),
          Map.of(), "concern:" + concern.id()));
      told.add(userId);
    }
    return told;
  }

  private Concern concern(String concernId) {
    Concern concern = concernId == null ? null : em.find(Concern.class, concernId);
    if (concern == null) {
      throw new NotFound("concern", String.valueOf(concernId));
    }
    return concern;
  }

  static String baseUrl() {
    String configured = ConfigProvider.getConfig().getOptionalValue("redheart.public-base-url", String.class)
        .orElse("http://localhost:8080");
    return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
  }
}
