package org.redheart.materials.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redheart.materials.api.ConcernInput;
import org.redheart.materials.api.ConcernKind;
import org.redheart.materials.api.ConcernState;
import org.redheart.materials.api.ConcernSubject;
import org.redheart.materials.api.ConcernView;
import org.redheart.materials.api.MaterialDetails;
import org.redheart.materials.api.MaterialStatus;
import org.redheart.materials.api.MaterialSummary;
import org.redheart.materials.api.Materials;
import org.redheart.materials.api.ReferralInput;
import org.redheart.materials.api.ReferralTarget;
import org.redheart.materials.domain.Concern;
import org.redheart.materials.domain.ConcernRules;
import org.redheart.meetings.api.Campaigns;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Role;
import org.redheart.safeguarding.api.SafeguardingCheck;

/**
 * {@link DefaultConcerns} and the withdrawal step of {@link ConcernSteps} over hand-written doubles:
 * an in-memory entity store, a fake {@link MaterialLifecycle}, campaigns with one member, and an
 * engine and an audit log that record what they were asked.
 */
class DefaultConcernsTest {
  static final String CAMPAIGN = "campaign-1";
  static final String MATERIAL = "material-1";
  static final String MEETING = "meeting-1";

  final Map<Object, Object> stored = new HashMap<>();
  final FakeLifecycle lifecycle = new FakeLifecycle();
  final RecordingEngine engine = new RecordingEngine();
  final List<String> audited = new ArrayList<>();
  final List<String> hashedContent = new ArrayList<>();
  final Actor organiser = new Actor("organiser-1", Set.of(Role.ORGANISER));
  final Actor outsider = new Actor("organiser-2", Set.of(Role.ORGANISER));
  final Actor lead = new Actor("lead-1", Set.of(Role.SAFEGUARDING_LEAD));
  final DefaultConcerns concerns = new DefaultConcerns();
  final ConcernSteps steps = new ConcernSteps();

  @BeforeEach
  void wireTheDoubles() {
    EntityManager em = entityManager();
    concerns.em = em;
    concerns.engine = engine;
    concerns.lifecycle = lifecycle;
    concerns.audit = audit();
    concerns.texts = new ConcernTexts() {
      @Override
      public ConcernRules rules() {
        return new ConcernRules(SafeguardingCheck.standard()::check);
      }
    };
    concerns.campaigns = proxy(Campaigns.class, (name, args) ->
        name.equals("belongs") ? CAMPAIGN.equals(args[0]) && ((Actor) args[1]).userId().equals(organiser.userId()) : null);
    concerns.meetings = proxy(Meetings.class, (name, args) -> name.equals("summaries")
        ? ((Collection<?>) args[0]).contains(MEETING) ? Map.of(MEETING, meeting()) : Map.of() : null);
    concerns.materials = proxy(Materials.class, (name, args) -> name.equals("get") ? material() : null);
    steps.em = em;
    steps.lifecycle = lifecycle;
    steps.audit = concerns.audit;
  }

  @Test
  void raisingAConcernOnAMaterialStoresItStartsItsProcessAndAuditsTheSummaryAsAHashOnly() {
    ConcernView raised = concerns.raise(new ConcernInput(ConcernSubject.MATERIAL, MATERIAL, ConcernKind.CONTENT_CONCERN,
        "The photo shows a child's face."), organiser);

    assertThat(raised.state()).isEqualTo(ConcernState.RAISED);
    assertThat(raised.subjectTitle()).isEqualTo("Online safety post");
    assertThat(engine.started).containsExactly(raised.id());
    assertThat(audited).containsExactly("concern.raised concern:" + raised.id());
    assertThat(hashedContent).containsExactly("The photo shows a child's face.");
  }

  @Test
  void theWithdrawalStepWithdrawsTheMaterialAndRecordsIt() {
    ConcernView raised = concerns.raise(new ConcernInput(ConcernSubject.MATERIAL, MATERIAL, ConcernKind.CONTENT_CONCERN,
        "The photo shows a child's face."), organiser);

    assertThat(steps.isAboutMaterial(raised.id())).isTrue();
    steps.withdrawItem(raised.id());

    assertThat(lifecycle.withdrawn).containsExactly(MATERIAL + " for " + raised.id());
    assertThat(concerns.get(raised.id(), lead).itemWithdrawn()).isTrue();
    assertThat(audited).contains("concern.item-withdrawn concern:" + raised.id());
  }

  @Test
  void aMeetingConcernWithdrawsNothing() {
    ConcernView raised = concerns.raise(new ConcernInput(ConcernSubject.MEETING, MEETING, ConcernKind.DISCLOSURE,
        "A participant made a disclosure during the breakout session."), organiser);

    assertThat(steps.isAboutMaterial(raised.id())).isFalse();
    steps.withdrawItem(raised.id());

    assertThat(lifecycle.withdrawn).isEmpty();
    assertThat(concerns.get(raised.id(), organiser).itemWithdrawn()).isFalse();
  }

  @Test
  void aMaterialOfACampaignTheActorDoesNotBelongToIsNotFound() {
    assertThatThrownBy(() -> concerns.raise(new ConcernInput(ConcernSubject.MATERIAL, MATERIAL, ConcernKind.CONTENT_CONCERN,
        "Something is wrong."), outsider)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> concerns.raise(new ConcernInput(ConcernSubject.MATERIAL, "no-such-material",
        ConcernKind.CONTENT_CONCERN, "Something is wrong."), organiser)).isInstanceOf(NotFound.class);
    assertThat(stored).isEmpty();
    assertThat(engine.started).isEmpty();
  }

  @Test
  void aSummaryWithAChildsDetailsChangesNothing() {
    assertThatThrownBy(() -> concerns.raise(new ConcernInput(ConcernSubject.MEETING, MEETING, ConcernKind.DISCLOSURE,
        "Rina, a 12-year-old girl from Motijheel Girls School, was abused by her uncle."), organiser))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("summary"));
    assertThat(stored).isEmpty();
    assertThat(engine.started).isEmpty();
    assertThat(audited).isEmpty();
  }

  @Test
  void onlyTheSafeguardingLeadRefersAndClosesInThatOrder() {
    String id = concerns.raise(new ConcernInput(ConcernSubject.MEETING, MEETING, ConcernKind.DISCLOSURE,
        "A participant made a disclosure during the breakout session."), organiser).id();
    ReferralInput referral = new ReferralInput(ReferralTarget.CHILD_HELPLINE_1098, null, "CHL-42",
        LocalDate.now(ZoneId.of("Asia/Dhaka")), "Called the child helpline 1098.");

    assertThatThrownBy(() -> concerns.refer(id, referral, organiser)).isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> concerns.close(id, "Done.", lead)).isInstanceOf(Conflict.class);

    ConcernView referred = concerns.refer(id, referral, lead);
    assertThat(referred.state()).isEqualTo(ConcernState.REFERRED);
    assertThat(referred.referredBy()).isEqualTo(lead.userId());
    assertThatThrownBy(() -> concerns.refer(id, referral, lead)).isInstanceOf(Conflict.class);
    assertThatThrownBy(() -> concerns.close(id, "Done.", organiser)).isInstanceOf(Forbidden.class);

    ConcernView closed = concerns.close(id, "The helpline took the case.", lead);
    assertThat(closed.state()).isEqualTo(ConcernState.CLOSED);
    assertThat(engine.completed).containsExactly("Task_RecordReferral " + id + " by lead-1", "Task_CloseConcern " + id + " by lead-1");
    assertThat(audited).containsExactly("concern.raised concern:" + id, "concern.referred concern:" + id,
        "concern.closed concern:" + id);
  }

  @Test
  void othersReadOnlyTheConcernsTheyRaised() {
    String id = concerns.raise(new ConcernInput(ConcernSubject.MEETING, MEETING, ConcernKind.CONTENT_CONCERN,
        "The meeting's photos were shared without consent."), organiser).id();

    assertThat(concerns.get(id, organiser).id()).isEqualTo(id);
    assertThat(concerns.get(id, lead).id()).isEqualTo(id);
    assertThatThrownBy(() -> concerns.get(id, outsider)).isInstanceOf(NotFound.class);
  }

  private MeetingSummary meeting() {
    ZonedDateTime start = ZonedDateTime.of(2027, 3, 1, 10, 0, 0, 0, ZoneId.of("Asia/Dhaka"));
    return new MeetingSummary(MEETING, CAMPAIGN, "Parents meeting", 4, start, start.plusHours(3), "Dhaka", null, 30,
        organiser.userId(), "Task_WriteConceptNote");
  }

  private MaterialDetails material() {
    MaterialSummary summary = new MaterialSummary(MATERIAL, CAMPAIGN, "SOCIAL_POST", "Online safety post",
        MaterialStatus.APPROVED, 1, null, null, organiser.userId(), java.time.Instant.now());
    return new MaterialDetails(summary, "en", List.of(), null, 1, List.of(), null, null, null, 0);
  }

  private Audit audit() {
    return proxy(Audit.class, (name, args) -> {
      if (name.equals("record")) {
        audited.add(args[1] + " " + args[2]);
        if (args.length == 5) {
          hashedContent.add((String) args[4]);
        }
      }
      return null;
    });
  }

  /** Keeps entities by id: persist, find and flush are all the services use outside list. */
  private EntityManager entityManager() {
    return proxy(EntityManager.class, (name, args) -> switch (name) {
      case "persist" -> {
        stored.put(idOf(args[0]), args[0]);
        yield null;
      }
      case "find" -> stored.get(args[1]);
      case "flush" -> null;
      default -> throw new UnsupportedOperationException(name);
    });
  }

  private static Object idOf(Object entity) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      return f.get(entity);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  interface Answer {
    Object answer(String method, Object[] args);
  }

  @SuppressWarnings("unchecked")
  static <T> T proxy(Class<T> type, Answer answer) {
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.getName().equals("hashCode") ? System.identityHashCode(p) : method.getName().equals("equals") ? p == args[0] : type.getSimpleName();
      }
      return answer.answer(method.getName(), args == null ? new Object[0] : args);
    });
  }

  /** A hand-written {@link MaterialLifecycle}: one material in {@link #CAMPAIGN}. */
  static final class FakeLifecycle implements MaterialLifecycle {
    final List<String> withdrawn = new ArrayList<>();

    @Override
    public Optional<ApprovedContent> approvedContent(String materialId) {
      return Optional.empty();
    }

    @Override
    public boolean withdrawForConcern(String materialId, String concernId) {
      withdrawn.add(materialId + " for " + concernId);
      return true;
    }

    @Override
    public Optional<String> campaignOf(String materialId) {
      return MATERIAL.equals(materialId) ? Optional.of(CAMPAIGN) : Optional.empty();
    }

    @Override
    public void markSent(String materialId, String sendId) {}
  }

  /** Records what the services asked of the engine. */
  static final class RecordingEngine implements ConcernEngine {
    final List<String> started = new ArrayList<>();
    final List<String> completed = new ArrayList<>();

    @Override
    public void start(String concernId) {
      started.add(concernId);
    }

    @Override
    public void referralRecorded(String concernId, String userId) {
      completed.add("Task_RecordReferral " + concernId + " by " + userId);
    }

    @Override
    public void closed(String concernId, String userId) {
      completed.add("Task_CloseConcern " + concernId + " by " + userId);
    }

    @Override
    public Map<String, String> openTasks(Collection<String> concernIds) {
      return Map.of();
    }
  }
}
