package org.redheart.app.infrastructure;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * H2 as a plain {@link DataSource} (the embedded default's {@code redheart.db.driver}): the container
 * then runs it with local transactions, as it does PostgreSQL's {@code PGSimpleDataSource}, instead of
 * through H2's XA connection. H2's XA support treats suspend and resume as no-ops and joins only the
 * same connection, so a {@code REQUIRES_NEW} transaction inside another (an event handler that tells
 * a process, a secret generated on first use) left a pooled connection bound to a finished
 * transaction, and a later request failed at commit with {@code XAER_OUTSIDE}. The container sets the
 * datasource definition's properties through these setters.
 */
public class H2DataSource implements DataSource {
  private final JdbcDataSource h2 = new JdbcDataSource();

  public void setUrl(String url) {
    h2.setURL(url);
  }

  public void setURL(String url) {
    h2.setURL(url);
  }

  public String getURL() {
    return h2.getURL();
  }

  public String getUrl() {
    return h2.getURL();
  }

  public void setUser(String user) {
    h2.setUser(user);
  }

  public String getUser() {
    return h2.getUser();
  }

  public void setPassword(String password) {
    h2.setPassword(password);
  }

  public void setDescription(String description) {
    h2.setDescription(description);
  }

  public String getDescription() {
    return h2.getDescription();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return h2.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return h2.getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return h2.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    h2.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) {
    h2.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return h2.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
