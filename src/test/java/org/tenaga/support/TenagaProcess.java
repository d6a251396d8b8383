package org.tenaga.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tenaga as an operator runs it: Payara Micro started as its own process with the WAR and
 * environment variables, for tests of start modes, restarts and crashes.
 */
public final class TenagaProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final long startedAt;
  private final Path log;

  private TenagaProcess(Process process, int port, long startedAt, Path log) {
    this.process = process;
    this.port = port;
    this.startedAt = startedAt;
    this.log = log;
  }

  /** Starts Payara Micro with the built WAR on a free loopback port and the given environment. */
  public static TenagaProcess start(String name, Map<String, String> env) throws IOException {
    return start(name, env, List.of("-Xmx512m"));
  }

  /** The same, with the given JVM options (heap size, …) instead of the default 512 MB heap. */
  public static TenagaProcess start(String name, Map<String, String> env, List<String> jvmOptions) throws IOException {
    return start(name, env, jvmOptions, List.of("--nocluster"));
  }

  /**
   * The same, with Payara Micro's clustering options ({@code --nocluster} for a single instance;
   * {@code --clustermode …}, {@code --startport …} to join a data grid).
   */
  public static TenagaProcess start(String name, Map<String, String> env, List<String> jvmOptions, List<String> clusterOptions) throws IOException {
    int port = freePort();
    Path logs = Files.createDirectories(Path.of("target", "process-logs"));
    Path log = logs.resolve(name + ".log");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of(
        "-jar", System.getProperty("payara.micro.jar"),
        "--deploy", System.getProperty("tenaga.war", "target/tenaga.war"),
        "--contextroot", "/"));
    cmd.addAll(clusterOptions);
    cmd.addAll(List.of(
        "--prebootcommandfile", Path.of("src", "main", "payara", "pre-boot-commands.txt").toAbsolutePath().toString(),
        "--port", String.valueOf(port)));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().put("TENAGA_COURSES_DIR", Path.of("courses").toAbsolutePath().toString());
    pb.environment().putAll(env);
    return new TenagaProcess(pb.start(), port, System.nanoTime(), log);
  }

  /** The operating system's id of the process (to read its memory from /proc). */
  public long pid() {
    return process.pid();
  }

  /** The process's log file. */
  public Path log() {
    return log;
  }

  public URI base() {
    return URI.create("http://localhost:" + port + "/");
  }

  /**
   * Waits until {@code /health/ready} answers UP; returns the milliseconds from process start.
   *
   * @throws IllegalStateException when the process dies or the timeout passes first
   */
  public long awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Api api = Api.anonymous(base());
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Tenaga exited with " + process.exitValue() + "; see " + log);
      }
      try {
        Api.Response r = api.get("/health/ready");
        if (r.status() == 200 && r.body().contains("\"UP\"")) {
          return (System.nanoTime() - startedAt) / 1_000_000;
        }
      } catch (IllegalStateException notListeningYet) {
        // keep waiting
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("Tenaga was not ready within " + timeout + "; see " + log);
  }

  /** A graceful stop (SIGTERM), as an operator's service manager does. */
  public void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** SIGKILL: no shutdown hook runs. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
  }

  /** A port nothing listens on now. */
  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
