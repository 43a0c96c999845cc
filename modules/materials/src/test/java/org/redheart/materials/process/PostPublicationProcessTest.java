package org.redheart.materials.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redheart.materials.api.Channel;
import org.redheart.materials.application.PublicationSteps;
import org.redheart.materials.application.PublicationSteps.Attempt;
import org.redheart.materials.application.PublicationSteps.Outcome;

/**
 * One test per path through {@code PostPublicationProcess}, driven through the engine adapter the
 * publication service uses ({@link CamundaPublicationEngine}) with the real delegates; the service's
 * side ({@link PublicationSteps}) is a double answering programmed outcomes (what the Graph API
 * answered, as the service maps it) and remembering what it was asked.
 */
@Deployment(resources = PostPublication.BPMN_RESOURCE)
class PostPublicationProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  private static final String AUTHOR = "organiser-1";
  private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

  private final String materialId = "material-" + UUID.randomUUID();
  private final FakeSteps steps = new FakeSteps();
  private CamundaPublicationEngine publications;

  @BeforeEach
  void wireTheDelegates() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(NOW));
    Mocks.register("publicationPublishToFacebook", new PublishToFacebookDelegate(steps));
    Mocks.register("publicationTellAdmins", new TellAdminsTokenInvalidDelegate(steps));
    Mocks.register("publicationPostByHandOpened", new PostByHandOpenedListener(steps));
    publications = new CamundaPublicationEngine(extension.getProcessEngine());
  }

  @AfterEach
  void forgetTheDoubles() {
    ClockUtil.reset();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @AfterAll
  static void closeTheEngine() {
    extension.getProcessEngine().close();
  }

  @Test
  void scheduledPostWaitsForItsTimeThenIsPublishedOnThePage() {
    Instant at = NOW.plus(Duration.ofHours(3));
    steps.answers.add(Attempt.of(Outcome.PUBLISHED));

    ProcessInstance publication = schedule(Channel.FACEBOOK_PAGE, at);

    assertThat(publication).hasBusinessKey(materialId).isWaitingAtExactly(PostPublication.TIMER_SCHEDULED_TIME);
    assertThat(job(publication).getDuedate()).isEqualTo(Date.from(at));
    assertThat(steps.tries).isZero();

    execute(job(publication)); // the scheduled time
    assertThat(publication).isWaitingAtExactly(PostPublication.TASK_PUBLISH_TO_FACEBOOK);
    execute(job(publication)); // the asynchronous try

    assertThat(steps.tries).isEqualTo(1);
    assertThat(publication)
        .hasPassedInOrder(PostPublication.TIMER_SCHEDULED_TIME, PostPublication.GATEWAY_CHANNEL,
            PostPublication.TASK_PUBLISH_TO_FACEBOOK, PostPublication.GATEWAY_OUTCOME,
            PostPublication.GATEWAY_PUBLISHED)
        .isWaitingAt(PostPublication.TIMER_FIGURES_WEEK, PostPublication.TIMER_FIGURES_MONTH);
  }

  @Test
  void rateLimitWaitsTheGivenSpacingThenTheLaterTrySucceeds() {
    steps.answers.add(new Attempt(Outcome.RATE_LIMITED, Duration.ofMinutes(5)));
    steps.answers.add(new Attempt(Outcome.RATE_LIMITED, Duration.ofMinutes(15)));
    steps.answers.add(Attempt.of(Outcome.PUBLISHED));
    ProcessInstance publication = schedule(Channel.FACEBOOK_PAGE, NOW);

    execute(job(publication));
    execute(job(publication)); // 613: wait 5 minutes
    assertThat(publication).isWaitingAtExactly(PostPublication.TIMER_RETRY_LATER);
    assertThat(job(publication).getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(5))));

    execute(job(publication));
    execute(job(publication)); // 613 again: wait 15 minutes
    assertThat(publication).isWaitingAtExactly(PostPublication.TIMER_RETRY_LATER);
    assertThat(job(publication).getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(15))));

    execute(job(publication));
    execute(job(publication)); // success
    assertThat(steps.tries).isEqualTo(3);
    assertThat(publication).hasPassed(PostPublication.GATEWAY_PUBLISHED)
        .isWaitingAt(PostPublication.TIMER_FIGURES_WEEK, PostPublication.TIMER_FIGURES_MONTH);
    assertThat(steps.adminsTold).isEmpty();
  }

  @Test
  void retryNowMakesTheWaitingTryDueNow() {
    steps.answers.add(new Attempt(Outcome.RATE_LIMITED, Duration.ofHours(1)));
    ProcessInstance publication = schedule(Channel.FACEBOOK_PAGE, NOW);
    execute(job(publication));
    execute(job(publication));
    assertThat(job(publication).getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofHours(1))));

    assertThat(publications.fireNow(materialId)).isTrue();

    assertThat(job(publication).getDuedate()).isEqualTo(Date.from(NOW));
    assertThat(publication).isWaitingAtExactly(PostPublication.TIMER_RETRY_LATER);
  }

  @Test
  void invalidTokenTellsTheAdminsAndStops() {
    steps.answers.add(Attempt.of(Outcome.TOKEN_INVALID));
    ProcessInstance publication = schedule(Channel.FACEBOOK_PAGE, NOW);

    execute(job(publication));
    execute(job(publication));

    assertThat(steps.adminsTold).containsExactly(materialId);
    assertThat(publication)
        .hasPassedInOrder(PostPublication.TASK_PUBLISH_TO_FACEBOOK, PostPublication.TASK_TELL_ADMINS,
            PostPublication.END_TOKEN_INVALID)
        .hasNotPassed(PostPublication.TIMER_RETRY_LATER, PostPublication.GATEWAY_PUBLISHED)
        .isEnded();
    assertThat(steps.tries).isEqualTo(1);
  }

  @Test
  void postBlockedAsAbusiveFailsWithoutTryingAgain() {
    steps.answers.add(Attempt.of(Outcome.FAILED));
    ProcessInstance publication = schedule(Channel.FACEBOOK_PAGE, NOW);

    execute(job(publication));
    execute(job(publication));

    assertThat(publication).hasPassed(PostPublication.END_FAILED)
        .hasNotPassed(PostPublication.TASK_TELL_ADMINS, PostPublication.TIMER_RETRY_LATER)
        .isEnded();
    assertThat(steps.adminsTold).isEmpty();
  }

  @Test
  void manualChannelOffersTheAuthorToPostByHandAndThePermalinkCompletesIt() {
    ProcessInstance publication = schedule(Channel.MANUAL, NOW.plus(Duration.ofDays(1)));
    assertThat(publication).isWaitingAtExactly(PostPublication.TIMER_SCHEDULED_TIME);
    assertThat(publications.waitingToPublish(materialId)).isTrue();

    execute(job(publication));

    assertThat(publication).isWaitingAtExactly(PostPublication.TASK_POST_BY_HAND);
    assertThat(task()).isAssignedTo(AUTHOR);
    assertThat(steps.awaitingManual).containsExactly(materialId);
    assertThat(steps.tries).isZero();

    assertThat(publications.postedByHand(materialId)).isTrue();

    assertThat(publication).hasPassed(PostPublication.GATEWAY_PUBLISHED)
        .isWaitingAt(PostPublication.TIMER_FIGURES_WEEK, PostPublication.TIMER_FIGURES_MONTH);
  }

  @Test
  void postMarkedPublishedWithoutScheduleStillGetsItsReminders() {
    publications.startReminders(materialId, AUTHOR);
    ProcessInstance publication = instance();

    assertThat(publication).hasPassed(PostPublication.GATEWAY_ALREADY_PUBLISHED)
        .hasNotPassed(PostPublication.TIMER_SCHEDULED_TIME)
        .isWaitingAt(PostPublication.TIMER_FIGURES_WEEK, PostPublication.TIMER_FIGURES_MONTH);
  }

  @Test
  void remindersAtSevenAndThirtyDaysAreClosedByRecordedFigures() {
    steps.answers.add(Attempt.of(Outcome.PUBLISHED));
    ProcessInstance publication = schedule(Channel.FACEBOOK_PAGE, NOW);
    execute(job(publication));
    execute(job(publication));

    Job week = timer(PostPublication.TIMER_FIGURES_WEEK);
    Job month = timer(PostPublication.TIMER_FIGURES_MONTH);
    assertThat(week.getDuedate()).isEqualTo(Date.from(NOW.plus(7, ChronoUnit.DAYS)));
    assertThat(month.getDuedate()).isEqualTo(Date.from(NOW.plus(30, ChronoUnit.DAYS)));
    assertThat(publications.closeFigureReminders(materialId)).isZero(); // nothing due yet

    execute(week);
    assertThat(publication).isWaitingAt(PostPublication.TASK_RECORD_FIGURES_WEEK, PostPublication.TIMER_FIGURES_MONTH);
    assertThat(task()).isAssignedTo(AUTHOR);
    assertThat(publications.closeFigureReminders(materialId)).isEqualTo(1);
    assertThat(publication).hasPassed(PostPublication.END_WEEK_RECORDED)
        .isWaitingAtExactly(PostPublication.TIMER_FIGURES_MONTH);

    execute(month);
    assertThat(publication).isWaitingAtExactly(PostPublication.TASK_RECORD_FIGURES_MONTH);
    assertThat(publications.closeFigureReminders(materialId)).isEqualTo(1);
    assertThat(publication).hasPassed(PostPublication.END_MONTH_RECORDED).isEnded();
  }

  @Test
  void withdrawalBeforeTheTimeEndsThePublicationWithoutATry() {
    ProcessInstance publication = schedule(Channel.FACEBOOK_PAGE, NOW.plus(Duration.ofDays(2)));

    publications.end(materialId);

    assertThat(publication).hasPassed(PostPublication.END_PUBLICATION_ENDED)
        .hasNotPassed(PostPublication.TASK_PUBLISH_TO_FACEBOOK).isEnded();
    assertThat(publications.running(materialId)).isFalse();
    assertThat(steps.tries).isZero();
  }

  @Test
  void postWithdrawnWhenItsTimeComesNeverGoesOut() {
    steps.answers.add(Attempt.of(Outcome.WITHDRAWN));
    ProcessInstance publication = schedule(Channel.FACEBOOK_PAGE, NOW);

    execute(job(publication));
    execute(job(publication));

    assertThat(publication).hasPassed(PostPublication.END_WITHDRAWN)
        .hasNotPassed(PostPublication.GATEWAY_PUBLISHED).isEnded();
  }

  @Test
  void aNewScheduleReplacesTheWaitingOne() {
    ProcessInstance first = schedule(Channel.FACEBOOK_PAGE, NOW.plus(Duration.ofDays(2)));

    publications.end(materialId);
    ProcessInstance second = schedule(Channel.MANUAL, NOW.plus(Duration.ofHours(1)));

    assertThat(first).isEnded();
    assertThat(second).isWaitingAtExactly(PostPublication.TIMER_SCHEDULED_TIME);
    assertThat(job(second).getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofHours(1))));
  }

  private ProcessInstance schedule(Channel channel, Instant at) {
    publications.start(materialId, channel, at, AUTHOR);
    return instance();
  }

  private ProcessInstance instance() {
    return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(materialId).active()
        .singleResult();
  }

  private Job timer(String activityId) {
    return managementService().createJobQuery().timers().activityId(activityId).singleResult();
  }

  static ProcessEngine inMemoryEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    String name = "post-publication-test-" + UUID.randomUUID();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
    configuration.setJobExecutorActivate(false);
    configuration.setExpressionManager(new MockExpressionManager());
    return configuration.buildProcessEngine();
  }

  /** The publication service's side, in memory: programmed outcomes of the tries, and what it was asked. */
  static final class FakeSteps implements PublicationSteps {
    final Deque<Attempt> answers = new ArrayDeque<>();
    final List<String> adminsTold = new ArrayList<>();
    final List<String> awaitingManual = new ArrayList<>();
    int tries;

    @Override
    public Attempt publishToFacebook(String materialId) {
      tries++;
      Attempt next = answers.poll();
      if (next == null) {
        throw new AssertionError("no outcome programmed for try " + tries);
      }
      return next;
    }

    @Override
    public boolean awaitManualPost(String materialId) {
      awaitingManual.add(materialId);
      return true;
    }

    @Override
    public void tellAdminsTokenInvalid(String materialId) {
      adminsTold.add(materialId);
    }
  }
}
