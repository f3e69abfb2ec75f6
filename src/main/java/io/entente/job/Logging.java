package io.entente.job;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/** Switches logging to verbose at run time (--verbose); the quiet default is jobs/conf/log4j2. */
final class Logging {
  private Logging() {}

  static void verbose() {
    Configurator.setRootLevel(Level.INFO);
    Configurator.setLevel("io.entente", Level.DEBUG);
  }
}
