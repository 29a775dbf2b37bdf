package dev.steady.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(
    name = "steady",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "A terminal breathing and habit coach: slow paced breathing near six breaths a minute, and a small log of"
          + " daily habits (sleep window, movement, diet steps) with streaks.",
      "",
      "steady coaches habits; it is not medical advice and does not diagnose. If anxiety or low mood is"
          + " frequent, severe or gets in the way of daily life, please talk to a doctor or another health"
          + " professional.",
      ""
    }
)
final class SteadyCommand {
  /**
   * The subcommands by name, in help order. They are added by {@link Main} rather than listed in the
   * annotation, so that a run builds the model of only the command it runs (picocli's model of every command
   * costs a noticeable part of each cron run's start-up).
   */
  static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("breathe", BreatheCommand.class);
    SUBCOMMANDS.put("plans", PlansCommand.class);
    SUBCOMMANDS.put("log", LogCommand.class);
    SUBCOMMANDS.put("streaks", StreaksCommand.class);
    SUBCOMMANDS.put("due", DueCommand.class);
    SUBCOMMANDS.put("remind", RemindCommand.class);
    SUBCOMMANDS.put("why", WhyCommand.class);
    SUBCOMMANDS.put("week", WeekCommand.class);
    SUBCOMMANDS.put("skip", SkipCommand.class);
    SUBCOMMANDS.put("undo", UndoCommand.class);
    SUBCOMMANDS.put("delete", DeleteCommand.class);
    SUBCOMMANDS.put("edit", EditCommand.class);
    SUBCOMMANDS.put("history", HistoryCommand.class);
    SUBCOMMANDS.put("export", ExportCommand.class);
    SUBCOMMANDS.put("import", ImportCommand.class);
    SUBCOMMANDS.put("merge", MergeCommand.class);
    SUBCOMMANDS.put("config", ConfigCommand.class);
    SUBCOMMANDS.put("cron", CronCommand.class);
    SUBCOMMANDS.put("find-rate", FindRateCommand.class);
    SUBCOMMANDS.put("calm", CalmCommand.class);
    SUBCOMMANDS.put("program", ProgramCommand.class);
    SUBCOMMANDS.put("completion", CompletionCommand.class);
  }
}
