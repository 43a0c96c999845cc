package org.redheart.app.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's one datasource, shared by JPA, Flyway and the process engine. Every attribute
 * comes from MicroProfile Config ({@code redheart.db.*}): H2 in a file by default, PostgreSQL by
 * configuration alone.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "${MPCONFIG=redheart.db.driver}",
    url = "${MPCONFIG=redheart.db.url}",
    user = "${MPCONFIG=redheart.db.user}",
    password = "${MPCONFIG=redheart.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {"fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=auto-commit"})
public final class Database {
  public static final String JNDI_NAME = "java:app/jdbc/redheart";

  private Database() {}
}
