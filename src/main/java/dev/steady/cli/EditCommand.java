package dev.steady.cli;

import dev.steady.failure.Failure;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.habit.EntryId;
import dev.steady.habit.Habit;
import dev.steady.store.LogFile;
import dev.steady.time.DateText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Corrects an entry. The log never changes an entry in place (a merge matches entries by id), so the
 * corrected entry is written under a new id, recorded now, and the old one leaves a tombstone.
 */
@Command(
    name = "edit",
    description = {
      "Correct an entry, named by its id as 'steady history' shows it (a prefix no other entry shares is"
          + " enough): its day (--date, --at), its note (--note; an empty one removes it) or its VALUE, which is"
          + " read and checked as 'steady log' reads it. What is not given stays as it was.",
      "The corrected entry is written under a new id and the old one leaves a tombstone, so that merging"
          + " another copy of the log does not bring it back."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  steady edit mwqyx7b 30m", "  steady edit mwqz0c --date yesterday", "  steady edit mwqz1d --note kimchi"},
    mixinStandardHelpOptions = true)
final class EditCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--date", paramLabel = "DATE", description = "The day it counts for: YYYY-MM-DD, today or yesterday.")
  String date;

  @Option(names = "--at", paramLabel = "HH:MM", description = "When it happened, read as 'steady log' reads it.")
  String at;

  @Option(names = "--note", paramLabel = "TEXT", description = "The note; an empty one removes it.")
  String note;

  @Parameters(index = "0", paramLabel = "ID", description = "The entry's id, or the start of it.")
  String id;

  @Parameters(index = "1..*", paramLabel = "VALUE", description = "The new value, as 'steady log' takes it.")
  List<String> values = new ArrayList<>();

  EditCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (date == null && at == null && note == null && values.isEmpty()) {
      throw Failure.usage("edit what? give a VALUE, --date, --at or --note (see 'steady edit --help')");
    }
    Today today = Today.of(home, context);
    Correction c =
        today.log().change(
            log -> {
              Entry old = EntryId.find(log.entries(), log.deleted(), id);
              Entry corrected = corrected(today, old);
              return new LogFile.Change<>(
                  log.minus(List.of(old), today.recordedAt()).plus(corrected), new Correction(old, corrected));
            });
    spec.commandLine().getOut().println(
        "edited " + EntryText.describe(c.old()) + " for " + DateText.relative(c.old().date(), today.date())
            + ": now " + EntryText.describe(c.corrected()) + " for " + DateText.relative(c.corrected().date(), today.date()));
    return 0;
  }

  private record Correction(Entry old, Entry corrected) {}

  private Entry corrected(Today today, Entry old) {
    Amount amount = old.amount();
    if (!amount.counts()) {
      throw Failure.usage("the programme's " + amount.words() + " cannot be edited; 'steady program start"
          + " --restart' begins it again, and 'steady delete " + id + "' removes the entry");
    }
    if (!values.isEmpty()) {
      Habit habit =
          today.settings().habit(old.habit())
              .orElseThrow(() -> Failure.usage(
                  old.habit() + " is no longer in the config, so its VALUE cannot be read; delete the entry instead"));
      amount = habit.amount(values);
    }
    LocalDate day =
        date == null && at == null
            ? old.date()
            : LogDay.of(today.settings(), today.now().toLocalDateTime(), date, at, old.habit(), amount);
    String kept = note == null ? old.note() : LogCommand.kept(note);
    return today.entry(old.habit(), day, amount, kept);
  }
}
