package org.tenaga.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/** Declares Tenaga's pooled data source; {@link ConfiguredDataSource} connects it. */
@Singleton
@DataSourceDefinition(
    name = DataSourceDeclaration.JNDI_NAME,
    className = "org.tenaga.platform.ConfiguredDataSource",
    minPoolSize = 2,
    initialPoolSize = 2,
    maxPoolSize = 24)
public class DataSourceDeclaration {
  public static final String JNDI_NAME = "java:app/jdbc/tenaga";
}
