package dev.steady.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.config.Places;
import dev.steady.config.SettingsFile;
import dev.steady.habit.Settings;
import dev.steady.habit.Words;
import dev.steady.term.TerminalText;
import dev.steady.time.TimeText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "config",
    description = {
      "Where steady keeps its files (and whether each exists yet), and the settings in effect.",
      "With --json, the settings are spelled out in the form of config.json, ready to copy and edit."
    },
    mixinStandardHelpOptions = true)
final class ConfigCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--json", description = "Print {\"files\": {...}, \"settings\": {...}} as JSON.")
  boolean json;

  ConfigCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Today today = Today.of(home, context);
    Places places = today.places();
    Settings settings = today.settings();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonDocument.print(out, g -> {
        g.writeStartObject();
        g.writeObjectFieldStart("files");
        file(g, "config", places.configFile());
        file(g, "plans", places.plansDir());
        file(g, "log", places.logFile());
        g.writeEndObject();
        g.writeFieldName("settings");
        SettingsFile.write(g, settings);
        g.writeEndObject();
      });
      return 0;
    }
    // the places come from the environment (STEADY_HOME, XDG_*): shown escaped like any other text from outside
    out.println(TerminalText.escape("config  " + places.configFile() + (Files.exists(places.configFile()) ? "" : " (none yet: defaults in effect)")));
    out.println(TerminalText.escape("plans   " + places.plansDir() + plans(places.plansDir())));
    out.println(TerminalText.escape("log     " + places.logFile() + (Files.exists(places.logFile()) ? "" : " (none yet)")));
    out.println();
    out.println("a day starts at " + TimeText.format(settings.dayStartsAt()));
    String weekday = settings.weekStartsOn().toString();
    out.println("a week starts on " + weekday.charAt(0) + weekday.substring(1).toLowerCase(Locale.ROOT));
    out.println("habits:");
    Table.print(
        out,
        settings.habits().stream()
            .map(h -> List.of("", h.id(), h.kind(), h.targetText() + (h.group() == null ? "" : " (" + h.group() + ")")))
            .toList());
    return 0;
  }

  private static void file(JsonGenerator g, String name, Path path) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("path", path.toString());
    g.writeBooleanField("exists", Files.exists(path));
    g.writeEndObject();
  }

  private static String plans(Path dir) {
    if (!Files.isDirectory(dir)) {
      return " (none yet)";
    }
    int count = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
      for (Path ignored : files) {
        count++;
      }
    } catch (IOException e) {
      return " (cannot be read: " + e.getMessage() + ")";
    }
    return " (" + Words.plural(count, "plan") + ")";
  }
}
