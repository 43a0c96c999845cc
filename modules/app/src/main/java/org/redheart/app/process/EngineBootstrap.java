package org.redheart.app.process;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.io.InputStream;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redheart.app.infrastructure.Database;
import org.redheart.app.infrastructure.Migrations;
import org.redheart.platform.api.ApplicationReady;
import org.redheart.platform.api.FirstAdmin;
import org.redheart.platform.api.ProcessResources;

/**
 * Starts the application: migrates every module's schema, builds the Camunda engine over the
 * container's datasource and transaction manager, deploys the BPMN of every module (duplicates
 * filtered, so a restart makes no new versions), prepares the first admin, and then fires {@link
 * ApplicationReady}, on which the background pollers start.
 *
 * <p>History level {@code audit}: task and activity history (who did which step, when) for the
 * meeting page and late-step reports, without a row for every variable change.
 */
@Startup
@Singleton
public class EngineBootstrap {
  private static final Logger LOG = Logger.getLogger(EngineBootstrap.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  jakarta.enterprise.concurrent.ManagedThreadFactory threadFactory;

  @Inject BeanManager beanManager;
  @Inject @Any Instance<ProcessResources> processResources;
  @Inject FirstAdmin firstAdmin;
  @Inject jakarta.enterprise.event.Event<ApplicationReady> ready;

  @Inject
  @ConfigProperty(name = "redheart.engine.history", defaultValue = ProcessEngineConfiguration.HISTORY_AUDIT)
  String historyLevel;

  @Inject
  @ConfigProperty(name = "redheart.public-base-url", defaultValue = "http://localhost:8080")
  String publicBaseUrl;

  private volatile ProcessEngine engine;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    long t0 = System.nanoTime();
    Migrations.migrate(dataSource, getClass().getClassLoader());
    engine = buildEngine();
    deployProcesses();
    LOG.info(() -> String.format("Process engine ready in %d ms (history %s)", (System.nanoTime() - t0) / 1_000_000, historyLevel));
    String token = firstAdmin.prepareAtStart();
    if (token != null) {
      LOG.warning("\n\n  No admin yet. Create the first admin at " + publicBaseUrl + "/setup.xhtml"
          + "\n  with this one-time set-up token: " + token + "\n");
    }
    ready.fire(new ApplicationReady());
  }

  @PreDestroy
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void stop() {
    if (engine != null) {
      engine.close();
    }
  }

  /** The engine (a getter: fields of an injected EJB proxy read as null). */
  public ProcessEngine getEngine() {
    return engine;
  }

  private ProcessEngine buildEngine() {
    JakartaTransactionProcessEngineConfiguration cfg = new JakartaTransactionProcessEngineConfiguration();
    cfg.setProcessEngineName("default");
    cfg.setDataSource(dataSource);
    cfg.setTransactionManager(lookupTransactionManager());
    cfg.setTransactionsExternallyManaged(true);
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    cfg.setHistory(historyLevel);
    cfg.setJobExecutorActivate(true);
    cfg.setJobExecutor(new ContainerJobExecutor(threadFactory, 3, 10));
    cfg.setIdGenerator(new StrongUuidGenerator());
    cfg.setExpressionManager(new CdiExpressionManager(beanManager));
    cfg.setMetricsEnabled(false);
    cfg.setTaskMetricsEnabled(false);
    cfg.setDefaultNumberOfRetries(3);
    return cfg.buildProcessEngine();
  }

  private TransactionManager lookupTransactionManager() {
    try {
      return (TransactionManager) new InitialContext().lookup("java:appserver/TransactionManager");
    } catch (NamingException e) {
      throw new IllegalStateException("The container's transaction manager is not at java:appserver/TransactionManager", e);
    }
  }

  private void deployProcesses() {
    DeploymentBuilder deployment =
        engine.getRepositoryService().createDeployment().name("redheart").enableDuplicateFiltering(false);
    int count = 0;
    for (ProcessResources module : processResources) {
      for (String resource : module.bpmnResources()) {
        InputStream in = module.getClass().getClassLoader().getResourceAsStream(resource);
        if (in == null) {
          throw new IllegalStateException("BPMN resource not found on the class path: " + resource);
        }
        deployment.addInputStream(resource, in);
        count++;
      }
    }
    if (count > 0) {
      deployment.deploy();
    }
  }
}
