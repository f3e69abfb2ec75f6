package io.entente.job;

import io.entente.analytics.Periods.Granularity;
import io.entente.config.ConfigLoader;
import io.entente.config.EntenteConfig;
import io.entente.io.InputFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * Entry point, the same under {@code spark-submit --class io.entente.job.EntenteJob} and {@code
 * jobs/entente}. Exit codes: 0 success, 1 failure, 2 rejects above the configured rate (tables
 * written), 64 bad arguments.
 */
@Command(
    name = "entente",
    mixinStandardHelpOptions = true,
    versionProvider = EntenteJob.Version.class,
    sortOptions = false,
    description = {
      "Reads a corpus of news articles and writes country-pair co-occurrence and topic trend"
          + " tables as Parquet under --output.",
      ""
    },
    subcommands = {
      ExplainCommand.class,
      ScoreCommand.class,
      StatusCommand.class,
      TrainTopicsCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the run failed (a message says why)",
      "2:the run finished but rejected more records than quality.max_reject_rate allows",
      "64:bad arguments"
    })
public final class EntenteJob implements Callable<Integer> {
  public static final int EXIT_REJECTS = 2;
  public static final int EXIT_USAGE = 64;

  @Option(
      names = {"-i", "--input"},
      paramLabel = "PATH",
      description = "A file, directory or glob of articles; repeatable. Required for a run.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      defaultValue = "output",
      description = "Folder for the tables (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(
      names = "--granularity",
      paramLabel = "G",
      defaultValue = "month",
      converter = GranularityConverter.class,
      description = "day, week, month, quarter or year (default: ${DEFAULT-VALUE}).")
  Granularity granularity;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only articles dated on or after DATE (YYYY-MM-DD).")
  LocalDate since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      description = "Only articles dated on or before DATE (YYYY-MM-DD).")
  LocalDate until;

  @Option(
      names = "--incremental",
      description =
          "Merge into the output's existing tables: re-extract only articles dated in"
              + " --since/--until, keep the stored ones outside it, recompute every aggregate"
              + " (see docs/operations.md). --input must still name the whole corpus.")
  boolean incremental;

  @Option(
      names = "--tables",
      paramLabel = "NAME",
      split = ",",
      description =
          "Only these tables (comma-separated; default: every table). articles and rejects are"
              + " always written; a table a run leaves out keeps its previous version.")
  List<String> tables = new ArrayList<>();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "JSON configuration laid over the defaults (see docs/configuration.md).")
  Path config;

  @Option(
      names = "--format",
      paramLabel = "F",
      defaultValue = "auto",
      description = "Input format: auto (from the extension), jsonl, csv, parquet or text.")
  String format;

  @Option(
      names = {"-v", "--verbose"},
      description = "Log Spark's and Entente's progress in detail.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new EntenteJob());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("entente: " + message(e));
          if (Boolean.getBoolean("entente.trace")) {
            e.printStackTrace(commandLine.getErr());
          }
          return e instanceof IllegalArgumentException ? EXIT_USAGE : 1;
        });
    cl.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine c = e.getCommandLine();
          c.getErr().println("entente: " + e.getMessage());
          c.getErr().println("Run 'entente --help' for the options.");
          return EXIT_USAGE;
        });
    return cl;
  }

  @Override
  public Integer call() throws Exception {
    if (inputs.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Missing required option: '--input=PATH'");
    }
    if (since != null && until != null && since.isAfter(until)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--since " + since + " is after --until " + until);
    }
    InputFormat inputFormat;
    try {
      inputFormat = InputFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    EntenteConfig cfg = config == null ? EntenteConfig.defaults() : ConfigLoader.load(config);
    try {
      // before the session starts: a misspelt table name costs no Spark start-up
      EntentePipeline.selectTables(tables, cfg);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (verbose) {
      Logging.verbose();
    }
    SparkSession spark = session();
    try {
      EntentePipeline.Result result =
          EntentePipeline.run(
              spark,
              new EntentePipeline.Options(
                  List.copyOf(inputs),
                  output,
                  granularity,
                  since,
                  until,
                  cfg,
                  inputFormat,
                  incremental,
                  tables));
      Summary.print(spec.commandLine().getOut(), result.manifest());
      if (result.isRejectRateExceeded()) {
        spec.commandLine()
            .getErr()
            .printf(
                Locale.ROOT,
                "entente: %.1f%% of records were rejected, above quality.max_reject_rate %.1f%%;"
                    + " see the rejects table%n",
                100 * (double) result.manifest().get("reject_rate"),
                100 * cfg.quality().maxRejectRate());
        return EXIT_REJECTS;
      }
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static SparkSession session() {
    SparkConf conf = new SparkConf();
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setIfMissing("spark.app.name", "entente");
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    return SparkSession.builder().config(conf).getOrCreate();
  }

  private static String message(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** Parses --granularity, naming the flag and the accepted values on a bad one. */
  static final class GranularityConverter implements ITypeConverter<Granularity> {
    @Override
    public Granularity convert(String value) {
      try {
        return Granularity.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "expected one of day, week, month, quarter, year but was '" + value + "'");
      }
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"entente " + Manifest.version()};
    }
  }
}
