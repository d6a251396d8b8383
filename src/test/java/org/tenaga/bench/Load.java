package org.tenaga.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives one scenario with a number of concurrent clients, each on its own thread (Java 17: no
 * virtual threads; 64 platform threads cost nothing here) with blocking JDK HttpClient calls, for
 * a fixed time after a warm-up: every call started in that time is kept with its latency (the
 * time runs on until the last of them has answered), its outcome checked by the scenario.
 * Loopback only, bounded in clients and time.
 */
public final class Load {

  /** One client's calls: returns the outcome's name ("201", "204", …); throws when the answer is wrong. */
  @FunctionalInterface
  public interface Client {
    String call(int client, long n) throws Exception;
  }

  /** What a scenario measured. */
  public record Result(String name, int clients, long calls, double seconds, List<Double> millis, Map<String, Long> outcomes, long errors, String firstError) {

    public double throughput() {
      return calls / seconds;
    }

    public double percentile(double q) {
      if (millis.isEmpty()) {
        return Double.NaN;
      }
      int i = (int) Math.min(millis.size() - 1, Math.max(0, Math.ceil(q * millis.size()) - 1));
      return millis.get(i);
    }

    public String row() {
      return String.format(Locale.ROOT, "| %s | %d | %,d | %.0f | %.1f | %.1f | %.1f | %s |", name, clients, calls, throughput(),
          percentile(0.5), percentile(0.95), percentile(0.99), errors == 0 ? "0" : errors + " (" + firstError + ")");
    }
  }

  private Load() {}

  public static Result run(String name, int clients, Duration warmUp, Duration measured, Client client) throws InterruptedException {
    List<List<Double>> latencies = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      latencies.add(new ArrayList<>());
    }
    Map<String, Long> outcomes = new ConcurrentHashMap<>();
    AtomicLong errors = new AtomicLong();
    String[] firstError = {null};
    long start = System.nanoTime();
    long measureFrom = start + warmUp.toNanos();
    long end = measureFrom + measured.toNanos();
    AtomicLong lastEnd = new AtomicLong(0);
    CountDownLatch done = new CountDownLatch(clients);
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    try {
      for (int c = 0; c < clients; c++) {
        int id = c;
        threads.submit(() -> {
          try {
            for (long n = 0; System.nanoTime() < end; n++) {
              long t0 = System.nanoTime();
              String outcome;
              try {
                outcome = client.call(id, n);
              } catch (Exception e) {
                outcome = "error";
                if (errors.incrementAndGet() == 1) {
                  firstError[0] = String.valueOf(e.getMessage());
                }
              }
              long t1 = System.nanoTime();
              // Every call started in the measured window counts, also one that ends after it
              // (a scenario slower than the window still reports its calls).
              if (t0 >= measureFrom) {
                latencies.get(id).add((t1 - t0) / 1e6);
                outcomes.merge(outcome, 1L, Long::sum);
                lastEnd.accumulateAndGet(t1, Math::max);
              }
            }
          } finally {
            done.countDown();
          }
        });
      }
      done.await();
    } finally {
      threads.shutdownNow();
    }
    List<Double> all = new ArrayList<>();
    latencies.forEach(all::addAll);
    Collections.sort(all);
    double seconds = (Math.max(end, lastEnd.get()) - measureFrom) / 1e9;
    long measuredErrors = outcomes.getOrDefault("error", 0L);
    return new Result(name, clients, all.size(), seconds, all, new TreeMap<>(outcomes), measuredErrors, firstError[0]);
  }
}
