package org.tenaga.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-11-29T08:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  final ManualClock clock = new ManualClock();
  final LoginThrottle throttle = new LoginThrottle(clock, LoginThrottle.DEFAULT_FREE_FAILURES_PER_ADDRESS);

  @Test
  void theFirstFailuresAreFreeThenEachAttemptWaitsTwiceAsLong() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
      assertEquals(Optional.empty(), throttle.waitBefore("siti@example.org", "10.0.0." + i));
      throttle.failed("siti@example.org", "10.0.0." + i);
    }
    assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitBefore("SITI@example.org ", "10.9.9.9"), "per account, any address, any case");
    clock.advance(Duration.ofSeconds(1));
    assertEquals(Optional.empty(), throttle.waitBefore("siti@example.org", "10.9.9.9"));
    throttle.failed("siti@example.org", "10.9.9.9");
    assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.waitBefore("siti@example.org", "10.9.9.9"));
    assertEquals(Optional.empty(), throttle.waitBefore("other@example.org", "10.8.8.8"), "other accounts are not slowed");
  }

  @Test
  void noOneIsShutOutForLongerThanTheCapAndSuccessForgets() {
    for (int i = 0; i < 40; i++) {
      throttle.failed("ayu@example.org", "10.1.1." + i);
    }
    Duration wait = throttle.waitBefore("ayu@example.org", "10.2.2.2").orElseThrow();
    assertTrue(wait.compareTo(LoginThrottle.MAX_WAIT) <= 0, "capped: " + wait);
    clock.advance(LoginThrottle.MAX_WAIT);
    assertEquals(Optional.empty(), throttle.waitBefore("ayu@example.org", "10.2.2.2"), "the owner can try again after the cap");
    throttle.succeeded("ayu@example.org");
    throttle.failed("ayu@example.org", "10.2.2.2");
    assertEquals(Optional.empty(), throttle.waitBefore("ayu@example.org", "10.2.2.2"), "a success starts the count again");
  }

  @Test
  void oneAddressSprayingManyAccountsIsSlowedToo() {
    for (int i = 0; i < LoginThrottle.DEFAULT_FREE_FAILURES_PER_ADDRESS; i++) {
      throttle.failed("user" + i + "@example.org", "203.0.113.7");
    }
    assertTrue(throttle.waitBefore("fresh@example.org", "203.0.113.7").isPresent());
    assertEquals(Optional.empty(), throttle.waitBefore("fresh@example.org", "198.51.100.1"));
    clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
    assertEquals(Optional.empty(), throttle.waitBefore("fresh@example.org", "203.0.113.7"), "forgotten after the window");
  }
}
