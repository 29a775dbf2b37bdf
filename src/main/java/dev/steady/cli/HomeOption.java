package dev.steady.cli;

import dev.steady.config.Places;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --home DIR}, on every command that touches files. */
final class HomeOption {
  @Option(
      names = "--home",
      paramLabel = "DIR",
      description = "Keep config, plans and log in DIR (as STEADY_HOME=DIR does).")
  Path home;

  /** The option as given on the command line: {@code home} is null when it was not. */
  static HomeOption of(Path home) {
    HomeOption option = new HomeOption();
    option.home = home;
    return option;
  }

  Places places(Context context) {
    return Places.of(home, context.env());
  }
}
