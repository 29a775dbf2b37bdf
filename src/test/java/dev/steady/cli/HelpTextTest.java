package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.CommandSpec;

/** Every command's and subcommand's {@code --help}: exit 0, the text on stdout, nothing on stderr. */
class HelpTextTest {
  @TempDir static Path home;

  /** Every command, as the words that name it: {@code []}, {@code [plans]}, {@code [plans, save]}, … */
  static Stream<List<String>> commands() {
    List<List<String>> all = new ArrayList<>();
    collect(Main.describeAll(), List.of(), all);
    return all.stream();
  }

  private static void collect(CommandSpec spec, List<String> words, List<List<String>> all) {
    all.add(words);
    spec.subcommands().forEach((name, sub) -> {
      // aliases map to the same command; walk each command once, by its own name
      if (name.equals(sub.getCommandName())) {
        List<String> deeper = new ArrayList<>(words);
        deeper.add(name);
        collect(sub.getCommandSpec(), deeper, all);
      }
    });
  }

  private static CommandRun help(List<String> words) {
    List<String> args = new ArrayList<>(words);
    args.add("--help");
    Context context = new Context(Map.of("STEADY_HOME", home.toString()), CommandRun.MORNING, CommandRun.context().time(), false);
    return CommandRun.of(context, args.toArray(String[]::new));
  }

  @ParameterizedTest(name = "steady {0} --help")
  @MethodSource("commands")
  void helpPrintsTextAndNothingElse(List<String> words) {
    CommandRun run = help(words);

    assertThat(run.code()).as("exit code").isZero();
    assertThat(run.out()).as("stdout").isNotBlank().contains("Usage: steady");
    assertThat(run.err()).as("stderr").isEmpty();
  }

  @Test
  @DisplayName("the walk reaches the commands and their subcommands")
  void everyCommandIsCovered() {
    assertThat(commands()).contains(List.of(), List.of("breathe"), List.of("merge"), List.of("plans", "save"));
  }

  @Test
  @DisplayName("a % in a description is printed as itself (picocli formats descriptions)")
  void percentSignsSurvive() {
    assertThat(help(List.of("merge")).out()).contains("(%O %A %B)");
  }
}
