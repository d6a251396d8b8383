package org.tenaga.platform;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether start-up (migrations, reference data, catalogue, seed) finished, or why it failed. */
@ApplicationScoped
public class StartupState {

  private volatile boolean ready;
  private volatile String failure;

  void ready() {
    this.ready = true;
  }

  void failed(String why) {
    this.failure = why;
  }

  public boolean isReady() {
    return ready;
  }

  public String failure() {
    return failure;
  }
}
