package org.tenaga.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing, per account and per client address: a few failures are free, then
 * each attempt must wait twice as long as the last (at most {@link #MAX_WAIT}), and everything is
 * forgotten {@link #WINDOW} after the last failure or at a successful login. The wait is checked
 * before the password is hashed. No one is locked out for longer than MAX_WAIT after the last
 * failure, so an attacker cannot shut a user out for good. Kept in memory: per instance.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int FREE_FAILURES_PER_ACCOUNT = 5;
  static final int DEFAULT_FREE_FAILURES_PER_ADDRESS = 30;
  static final Duration MAX_WAIT = Duration.ofMinutes(5);
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private Clock clock;
  private int freeFailuresPerAddress;

  protected LoginThrottle() {}

  /**
   * @param freeFailuresPerAddress failures one client address may make across accounts before it
   *     waits; raise it when many users reach Tenaga through one proxy address
   */
  @Inject
  public LoginThrottle(Clock clock,
      @ConfigProperty(name = "tenaga.login.address.free.failures", defaultValue = "" + DEFAULT_FREE_FAILURES_PER_ADDRESS) int freeFailuresPerAddress) {
    this.clock = clock;
    this.freeFailuresPerAddress = freeFailuresPerAddress;
  }

  private record Failures(int count, Instant last) {}

  /** How long this attempt must still wait, if it must. */
  public Optional<Duration> waitBefore(String email, String address) {
    Instant now = clock.instant();
    Duration wait = max(waitFor(accountKey(email), FREE_FAILURES_PER_ACCOUNT, now), waitFor(addressKey(address), freeFailuresPerAddress, now));
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  public void failed(String email, String address) {
    Instant now = clock.instant();
    for (String key : new String[] {accountKey(email), addressKey(address)}) {
      failures.compute(key, (k, f) -> f == null || expired(f, now) ? new Failures(1, now) : new Failures(f.count() + 1, now));
    }
    if (failures.size() > 100_000) {
      failures.values().removeIf(f -> expired(f, now)); // bounded memory under a spray of addresses
    }
  }

  public void succeeded(String email) {
    failures.remove(accountKey(email));
  }

  private Duration waitFor(String key, int free, Instant now) {
    Failures f = failures.get(key);
    if (f == null || expired(f, now) || f.count() < free) {
      return Duration.ZERO;
    }
    int over = Math.min(f.count() - free, 20);
    Duration backoff = Duration.ofSeconds(1L << over);
    if (backoff.compareTo(MAX_WAIT) > 0) {
      backoff = MAX_WAIT;
    }
    Duration remaining = Duration.between(now, f.last().plus(backoff));
    return remaining.isNegative() ? Duration.ZERO : remaining;
  }

  private static boolean expired(Failures f, Instant now) {
    return f.last().plus(WINDOW).isBefore(now);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String accountKey(String email) {
    return "account:" + String.valueOf(email).strip().toLowerCase(Locale.ROOT);
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
