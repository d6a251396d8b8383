package org.tenaga.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void anH2UrlIsMadeDurableUnlessItChoosesItsOwnWriteDelay() {
    assertEquals("jdbc:h2:file:/d/tenaga;LOCK_TIMEOUT=10000;WRITE_DELAY=0", DatabaseSettings.durable("jdbc:h2:file:/d/tenaga;LOCK_TIMEOUT=10000"));
    assertEquals("jdbc:h2:file:/d/tenaga;write_delay=500", DatabaseSettings.durable("jdbc:h2:file:/d/tenaga;write_delay=500"));
    assertEquals("jdbc:postgresql://db:5432/tenaga", DatabaseSettings.durable("jdbc:postgresql://db:5432/tenaga"));
  }

  @Test
  void aRedactedUrlKeepsNoOptions() {
    assertEquals("jdbc:postgresql://db:5432/tenaga", DatabaseSettings.redact("jdbc:postgresql://db:5432/tenaga?password=secret"));
    assertEquals("jdbc:h2:file:/d/tenaga", DatabaseSettings.redact("jdbc:h2:file:/d/tenaga;PASSWORD=x"));
  }
}
