package org.tenaga.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every table's rows reduced to a count and an order-independent digest (the sum of each row's
 * SHA-256), so that a test can prove a refused request changed nothing anywhere.
 */
public final class DatabaseChecksum {

  private DatabaseChecksum() {}

  /** Table name → "rows:digest", for every table of the application's schema. */
  public static Map<String, String> of(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet r = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"}) /* PUBLIC in H2, public in PostgreSQL */) {
      while (r.next()) {
        tables.add(r.getString("TABLE_NAME"));
      }
    }
    Map<String, String> sums = new TreeMap<>();
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (Statement s = c.createStatement()) {
      for (String table : tables) {
        long rows = 0;
        java.math.BigInteger sum = java.math.BigInteger.ZERO;
        try (ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
          int columns = r.getMetaData().getColumnCount();
          while (r.next()) {
            rows++;
            for (int i = 1; i <= columns; i++) {
              sha.update(String.valueOf(r.getObject(i)).getBytes(StandardCharsets.UTF_8));
              sha.update((byte) 0);
            }
            sum = sum.add(new java.math.BigInteger(1, sha.digest()));
          }
        }
        sums.put(table, rows + ":" + sum.toString(36));
      }
    }
    if (sums.isEmpty()) {
      throw new IllegalStateException("no tables found: is this Tenaga's database?");
    }
    return sums;
  }
}
