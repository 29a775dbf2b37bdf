package dev.steady.cli;

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
    },
    subcommands = {
      BreatheCommand.class,
      PlansCommand.class,
      LogCommand.class,
      StreaksCommand.class,
      DueCommand.class,
      RemindCommand.class,
      UndoCommand.class,
      HistoryCommand.class,
      ExportCommand.class,
      ConfigCommand.class,
      CompletionCommand.class
    })
final class SteadyCommand {}
