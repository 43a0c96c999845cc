package org.redheart.app.infrastructure;

import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates each module's tables with Flyway: its own location ({@code db/<module>}) and history
 * table ({@code <prefix>_flyway_history}), in dependency order. The engine's tables are Camunda's.
 */
public final class Migrations {
  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  /** A module's schema: where its migrations live and the history table it keeps. */
  public record ModuleSchema(String module, String prefix) {
    String location() {
      return "classpath:db/" + module;
    }

    String historyTable() {
      return prefix + "_flyway_history";
    }
  }

  public static final List<ModuleSchema> MODULES =
      List.of(
          new ModuleSchema("platform", "plt"),
          new ModuleSchema("contacts", "cnt"),
          new ModuleSchema("network", "net"),
          new ModuleSchema("meetings", "mtg"));

  private Migrations() {}

  public static void migrate(DataSource dataSource, ClassLoader classLoader) {
    for (ModuleSchema schema : MODULES) {
      var result =
          Flyway.configure(classLoader)
              .dataSource(dataSource)
              .locations(schema.location())
              .table(schema.historyTable())
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .validateMigrationNaming(true)
              .load()
              .migrate();
      LOG.info(() -> "Schema of " + schema.module() + ": " + result.migrationsExecuted + " migration(s) applied");
    }
  }
}
