package org.tenaga.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The physical data source behind Payara's connection pool. It reads {@code tenaga.db.url},
 * {@code tenaga.db.user} and {@code tenaga.db.password} from MicroProfile Config (environment
 * variables {@code TENAGA_DB_URL} …) and picks the JDBC driver from the URL, so that one build
 * serves the embedded H2 file and PostgreSQL alike.
 */
public class ConfiguredDataSource implements DataSource {

  private volatile Driver driver;
  private volatile String url;
  private volatile Properties credentials;
  private int loginTimeout;

  private void configure() {
    if (driver != null) {
      return;
    }
    synchronized (this) {
      if (driver != null) {
        return;
      }
      Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
      String configuredUrl = DatabaseSettings.url(config);
      Properties props = new Properties();
      props.setProperty("user", DatabaseSettings.user(config));
      props.setProperty("password", DatabaseSettings.password(config));
      this.credentials = props;
      this.url = configuredUrl;
      this.driver = DatabaseSettings.driverFor(configuredUrl);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    configure();
    Connection connection = driver.connect(url, credentials);
    if (connection == null) {
      throw new SQLException("No JDBC driver accepts the URL " + DatabaseSettings.redact(url));
    }
    return connection;
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // Logging goes through java.util.logging.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper for " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
