package io.entente.quality;

import java.util.List;

/** A table failed one or more named checks before being written. */
public final class TableCheckException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String table;
  private final List<String> failedChecks;

  public TableCheckException(String table, List<String> failedChecks, String detail) {
    super("table " + table + " failed check(s) " + String.join(", ", failedChecks) + ": " + detail);
    this.table = table;
    this.failedChecks = List.copyOf(failedChecks);
  }

  public String table() {
    return table;
  }

  /** Names of the failed checks, e.g. {@code unique_key}. */
  public List<String> failedChecks() {
    return failedChecks;
  }
}
