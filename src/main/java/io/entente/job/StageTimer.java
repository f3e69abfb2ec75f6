package io.entente.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Times the run's stages into the manifest and logs a line as each one ends. */
final class StageTimer {
  private static final Logger LOG = LoggerFactory.getLogger(StageTimer.class);
  private final Manifest manifest;
  private String stage;
  private long startedNanos;

  StageTimer(Manifest manifest) {
    this.manifest = manifest;
  }

  void start(String name) {
    stage = name;
    startedNanos = System.nanoTime();
    LOG.info("stage {} started", name);
  }

  void stop() {
    long ms = (System.nanoTime() - startedNanos) / 1_000_000;
    manifest.timing(stage, ms);
    LOG.info("stage {} done in {} ms", stage, ms);
  }
}
