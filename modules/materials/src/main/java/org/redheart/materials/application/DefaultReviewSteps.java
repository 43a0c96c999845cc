package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.redheart.materials.api.ReviewStage;
import org.redheart.materials.domain.FourEyes;
import org.redheart.materials.domain.Material;
import org.redheart.materials.domain.MaterialVersion;
import org.redheart.materials.domain.ReviewCandidate;
import org.redheart.materials.domain.ReviewTaskEntry;
import org.redheart.meetings.api.Campaigns;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.Users;

/** {@link ReviewSteps} over {@code mat_review_task} and {@code mat_review_candidate}. */
@ApplicationScoped
@Transactional
public class DefaultReviewSteps implements ReviewSteps {
  private static final Logger LOG = Logger.getLogger(DefaultReviewSteps.class.getName());
  static final int MAX_CANDIDATES = 200;

  @PersistenceContext(unitName = "materials")
  EntityManager em;

  @Inject Campaigns campaigns;
  @Inject Users users;
  @Inject MaterialMails mails;
  @Inject Audit audit;

  Clock clock = Clock.systemUTC();

  @Override
  public Opening opened(String materialId, int versionNumber, ReviewStage stage, String taskId) {
    Material material = em.find(Material.class, materialId);
    if (material == null) {
      throw new NotFound("material", materialId);
    }
    MaterialVersion version = MaterialQueries.version(em, materialId, versionNumber);
    closed(taskId);
    if (stage == ReviewStage.CLEARANCE) {
      em.persist(new ReviewTaskEntry(taskId, materialId, versionNumber, stage, Role.SAFEGUARDING_LEAD.name(),
          clock.instant()));
      tellLeads(material, version);
      return new Opening(Role.SAFEGUARDING_LEAD.name(), List.of());
    }
    Set<String> editors = MaterialQueries.editors(em, version.id());
    List<String> eligible = FourEyes.eligible(
        campaigns.supervisors(material.campaignId(), MAX_CANDIDATES + editors.size()), editors, MAX_CANDIDATES);
    em.persist(new ReviewTaskEntry(taskId, materialId, versionNumber, ReviewStage.APPROVAL, null, clock.instant()));
    em.flush();
    for (String userId : new LinkedHashSet<>(eligible)) {
      em.persist(new ReviewCandidate(taskId, userId));
    }
    if (eligible.isEmpty()) {
      tellAdminsNoApprover(material, versionNumber);
    }
    return new Opening(null, eligible);
  }

  @Override
  public void closed(String taskId) {
    em.createQuery("delete from ReviewCandidate c where c.taskId = :t").setParameter("t", taskId).executeUpdate();
    em.createQuery("delete from ReviewTaskEntry t where t.taskId = :t").setParameter("t", taskId).executeUpdate();
  }

  private void tellLeads(Material material, MaterialVersion version) {
    List<String> leads = users.idsWithRole(Role.SAFEGUARDING_LEAD, MAX_CANDIDATES);
    int told = 0;
    for (String lead : leads) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("materialTitle", material.title());
      model.put("versionNumber", version.number());
      model.put("link", MaterialMails.link(material.id()));
      if (mails.send(lead, MaterialMails.NEEDS_CLEARANCE, model, "material:" + material.id())) {
        told++;
      }
    }
    audit.record(Audit.SYSTEM, "material.clearance-requested", "material:" + material.id(),
        Map.of("version", String.valueOf(version.number()), "leadsTold", String.valueOf(told)));
  }

  private void tellAdminsNoApprover(Material material, int versionNumber) {
    List<String> admins = users.idsWithRole(Role.ADMIN, MAX_CANDIDATES);
    LOG.warning("No eligible supervisor to approve version " + versionNumber + " of material " + material.id()
        + ": telling " + admins.size() + " admin(s).");
    int told = 0;
    for (String admin : admins) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("materialTitle", material.title());
      model.put("versionNumber", versionNumber);
      model.put("link", MaterialMails.link(material.id()));
      if (mails.send(admin, MaterialMails.NO_APPROVER, model, "material:" + material.id())) {
        told++;
      }
    }
    audit.record(Audit.SYSTEM, "material.no-eligible-approver", "material:" + material.id(),
        Map.of("version", String.valueOf(versionNumber), "adminsTold", String.valueOf(told)));
  }
}
