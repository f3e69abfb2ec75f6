package io.entente.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente status OUTPUT}: prints the manifest of the last committed run. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Prints the manifest (_manifest.json) of the last run written to OUTPUT.")
final class StatusCommand implements Callable<Integer> {
  @Parameters(paramLabel = "OUTPUT", description = "The --output folder of a run.")
  Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path manifest = output.resolve("_manifest.json");
    if (!Files.isRegularFile(manifest)) {
      spec.commandLine().getErr().println("entente: no _manifest.json in " + output);
      return 1;
    }
    spec.commandLine().getOut().print(Files.readString(manifest));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
