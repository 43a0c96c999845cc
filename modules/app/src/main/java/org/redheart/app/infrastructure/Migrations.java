package org.redheart.app.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates each module's tables with Flyway: its own location ({@code db/<module>}) and history
 * table ({@code <prefix>_flyway_history}), in dependency order. The engine's tables are Camunda's.
 *
 * <p>On PostgreSQL a module may add migrations that only PostgreSQL understands (a trigram index)
 * in {@code db/<module>-postgresql}; they share the module's history table, so their versions sit
 * between the portable ones (V3_1 after V3) and must not repeat one.
 */
public final class Migrations {
  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  /** A module's schema: where its migrations live and the history table it keeps. */
  public record ModuleSchema(String module, String prefix) {
    String location() {
      return "classpath:db/" + module;
    }

    String vendorLocation(String vendor) {
      return "classpath:db/" + module + "-" + vendor;
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
          new ModuleSchema("meetings", "mtg"),
          new ModuleSchema("materials", "mat"),
          new ModuleSchema("reporting", "rpt"));

  private Migrations() {}

  public static void migrate(DataSource dataSource, ClassLoader classLoader) {
    String vendor = vendor(dataSource);
    for (ModuleSchema schema : MODULES) {
      String[] locations = vendor != null && classLoader.getResource("db/" + schema.module() + "-" + vendor) != null
          ? new String[] {schema.location(), schema.vendorLocation(vendor)}
          : new String[] {schema.location()};
      var result =
          Flyway.configure(classLoader)
              .dataSource(dataSource)
              .locations(locations)
              .table(schema.historyTable())
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .validateMigrationNaming(true)
              .load()
              .migrate();
      LOG.info(() -> "Schema of " + schema.module() + ": " + result.migrationsExecuted + " migration(s) applied");
    }
  }

  /** "postgresql" when the database is PostgreSQL; null for every other (H2 needs nothing of its own). */
  static String vendor(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName();
      return product != null && product.toLowerCase(Locale.ROOT).contains("postgresql") ? "postgresql" : null;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database to migrate it", e);
    }
  }
}
