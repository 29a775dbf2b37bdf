package dev.steady.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.steady.habit.Entry;
import dev.steady.config.Places;
import dev.steady.config.SettingsFile;
import dev.steady.store.LogFile;
import dev.steady.term.TerminalText;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    description = {
      "Print every entry, oldest first, for a spreadsheet or another program (--csv), or the whole log and the"
          + " settings as one JSON document, a backup that steady merge takes back (--json).",
      "CSV columns, in this order: " + ExportCommand.COLUMN_LIST + ". type is time, count, items, night,"
          + " session, rest, program-start or program-stop (the seven-day programme; firstDay is its day 1); seconds is a time's length or a session's breathing; items are joined with \"; \";"
          + " a column that does not apply to an entry is empty. A text cell that a spreadsheet would run as a"
          + " formula (beginning =, +, -, @, a tab or a carriage return) starts with ' instead."
    },
    mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
  static final String COLUMN_LIST =
      "id, habit, date, recordedAt, type, seconds, count, items, bed, wake, plan, completed, breaths, bpm, note, firstDay";
  private static final CsvSchema SCHEMA =
      CsvSchema.builder().addColumns(List.of(COLUMN_LIST.split(", ")), CsvSchema.ColumnType.STRING).setUseHeader(true).build();

  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @ArgGroup(multiplicity = "1")
  Format format;

  /** Exactly one of the formats. */
  static final class Format {
    @Option(names = "--csv", required = true, description = "Comma-separated values with a header row (RFC 4180 quoting).")
    boolean csv;

    @Option(
        names = "--json",
        required = true,
        description = "A full backup: the log (entries and deleted ids) with the settings beside them, which"
            + " steady merge takes back.")
    boolean json;
  }

  ExportCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (format.json) {
      Places places = home.places(context);
      PrintWriter out = spec.commandLine().getOut();
      out.print(new String(
          LogFile.bytesOf(new LogFile(places.logFile()).contents(), SettingsFile.asWritten(places.configFile())),
          StandardCharsets.UTF_8));
      out.flush();
      return 0;
    }
    List<Entry> entries =
        new LogFile(home.places(context).logFile()).entries().stream().sorted(HistoryCommand.OLDEST_FIRST).toList();
    PrintWriter out = spec.commandLine().getOut();
    CsvMapper mapper = new CsvMapper();
    // the writer is the program's stdout, which outlives this command; quote only where CSV needs it
    mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    mapper.getFactory().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    try (SequenceWriter rows = mapper.writer(SCHEMA).writeValues(out)) {
      for (Entry e : entries) {
        rows.write(row(e));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
    return 0;
  }

  private static Map<String, Object> row(Entry e) {
    CsvRow row = new CsvRow();
    row.text("id", e.id());
    row.text("habit", e.habit());
    row.text("date", e.date().toString());
    row.text("recordedAt", e.recordedAt().toString());
    row.text("type", e.amount().type());
    e.amount().columns(row);
    row.text("note", e.note());
    return row.columns();
  }

  /**
   * A text cell as a spreadsheet may safely open it: one that begins like a formula ({@code =}, {@code +},
   * {@code -}, {@code @}, a tab or a carriage return) gets a leading {@code '}, which spreadsheets take as
   * "this is text"; control characters are escaped as on a terminal (tabs and line breaks stay, quoted).
   */
  static String cell(String text) {
    String shown = TerminalText.escapeKeepingLines(text);
    if (shown == null || shown.isEmpty()) {
      return shown;
    }
    char first = shown.charAt(0);
    boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return formula ? "'" + shown : shown;
  }
}
