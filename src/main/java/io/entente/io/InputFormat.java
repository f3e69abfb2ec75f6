package io.entente.io;

import java.util.Locale;

/** The input formats Entente reads, detected from the file name unless overridden. */
public enum InputFormat {
  JSONL,
  CSV,
  PARQUET,
  TEXT;

  /** Compression suffixes that are stripped before the format suffix is looked at. */
  private static final String[] COMPRESSION = {".gz", ".bz2", ".zst", ".deflate", ".snappy"};

  /**
   * The format of a file from its name: {@code .jsonl .ndjson .json} (plain or compressed) are
   * JSON Lines, {@code .csv .tsv} CSV (the header line tells the delimiter), {@code .parquet}
   * Parquet, {@code .txt} seed-style text.
   *
   * @throws IllegalArgumentException when the extension is unknown
   */
  public static InputFormat detect(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    for (String suffix : COMPRESSION) {
      if (name.endsWith(suffix)) {
        name = name.substring(0, name.length() - suffix.length());
        break;
      }
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSONL;
    }
    if (name.endsWith(".csv") || name.endsWith(".tsv")) {
      return CSV;
    }
    if (name.endsWith(".parquet")) {
      return PARQUET;
    }
    if (name.endsWith(".txt")) {
      return TEXT;
    }
    throw new IllegalArgumentException(
        "cannot tell the format of '"
            + fileName
            + "' from its extension (.jsonl[.gz], .csv[.gz], .tsv[.gz], .parquet, .txt);"
            + " use --format");
  }

  /** Parses a --format value: jsonl, csv, parquet, text or auto (null). */
  public static InputFormat parse(String value) {
    if (value == null || value.equalsIgnoreCase("auto")) {
      return null;
    }
    try {
      return valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--format must be one of auto, jsonl, csv, parquet, text; got '" + value + "'");
    }
  }
}
