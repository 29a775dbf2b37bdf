package dev.steady.imports;

import dev.steady.failure.Failure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * harsh's two files, in its folder ({@code ~/.config/harsh}, or {@code $HARSHPATH}):
 *
 * <ul>
 *   <li>{@code habits}: a habit a line as {@code Name: FREQUENCY}, where the frequency is {@code N} (once every
 *       N days: 1 daily, 7 weekly), {@code T/N} (T times in N days) or {@code 0} (tracked, with no target);
 *       {@code # comments}, {@code ! headings} and blank lines are passed over;
 *   <li>{@code log}: a day a line as {@code YYYY-MM-DD : Name : RESULT}, then optionally {@code : comment} and
 *       {@code : amount}; RESULT is {@code y} (done), {@code n} (not done) or {@code s} (skipped); a later line
 *       for the same day and habit replaces an earlier one, as in harsh.
 * </ul>
 *
 * <p>PATH may be the folder or its {@code log} file. A line harsh would not read is an error naming the file,
 * line and column.
 */
public final class HarshFiles {
  private static final String SEPARATOR = " : ";

  private HarshFiles() {}

  public static History read(Path path) {
    Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
    Path habitsFile = folder.resolve("habits");
    Path logFile = folder.resolve("log");
    List<History.Habit> habits = habits(habitsFile, lines(habitsFile));
    Map<String, History.Habit> byName = new LinkedHashMap<>();
    habits.forEach(h -> byName.put(h.name(), h));
    Map<String, History.Mark> days = new LinkedHashMap<>();
    String[] lines = lines(logFile);
    for (int n = 0; n < lines.length; n++) {
      History.Mark mark = logLine(logFile + ":" + (n + 1), lines[n]);
      if (mark != null) {
        days.put(mark.date() + "\n" + mark.habit(), mark);
      }
    }
    return new History("harsh", folder.toString(), habits, new ArrayList<>(days.values()));
  }

  private static List<History.Habit> habits(Path file, String[] lines) {
    List<History.Habit> habits = new ArrayList<>();
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      String where = file + ":" + (n + 1);
      if (line.isBlank() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      int colon = line.indexOf(": ");
      if (colon < 0) {
        throw Failure.invalidData(where + ":" + (line.length() + 1) + ": expected \"Name: frequency\"");
      }
      String name = line.substring(0, colon).strip();
      if (name.isEmpty()) {
        throw Failure.invalidData(where + ":1: expected a habit's name before the colon");
      }
      habits.add(frequency(name, line.substring(colon + 2), where + ":" + (colon + 3)));
    }
    return habits;
  }

  private static History.Habit frequency(String name, String text, String where) {
    String f = text.strip();
    try {
      int slash = f.indexOf('/');
      int times = Integer.parseInt((slash < 0 ? f : f.substring(0, slash)).strip());
      int days = slash < 0 ? Math.max(times, 1) : Integer.parseInt(f.substring(slash + 1).strip());
      if (slash < 0 && times > 0) {
        times = 1;
      }
      if (times < 0 || days < 1 || days > 366 || times > days) {
        throw new NumberFormatException();
      }
      return new History.Habit(name, times, days);
    } catch (NumberFormatException e) {
      throw Failure.invalidData(where + ": expected a frequency N or T/N (T times in N days, T at most N), found \"" + f + "\"");
    }
  }

  /** One line of the log as a mark; null for a comment, a blank line, or a day not done. */
  private static History.Mark logLine(String where, String line) {
    if (line.isBlank() || line.startsWith("#")) {
      return null;
    }
    String[] parts = line.split(SEPARATOR, -1);
    if (parts.length < 3) {
      throw Failure.invalidData(where + ":" + (line.length() + 1) + ": expected \"YYYY-MM-DD : habit : y|n|s\"");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(parts[0].strip());
    } catch (DateTimeParseException e) {
      throw Failure.invalidData(where + ":1: expected a date YYYY-MM-DD, found \"" + parts[0] + "\"");
    }
    String habit = parts[1].strip();
    int column = parts[0].length() + SEPARATOR.length() + 1;
    if (habit.isEmpty()) {
      throw Failure.invalidData(where + ":" + column + ": expected a habit's name");
    }
    column += parts[1].length() + SEPARATOR.length();
    String result = parts[2].strip();
    String note = parts.length > 3 ? parts[3].strip() : "";
    Double amount = null;
    if (parts.length > 4 && !parts[4].isBlank()) {
      int amountColumn = line.length() - parts[parts.length - 1].length() + 1;
      try {
        amount = Double.parseDouble(parts[4].strip());
        if (!Double.isFinite(amount) || amount < 0 || amount > 1e9) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        throw Failure.invalidData(where + ":" + amountColumn + ": expected an amount (a number from 0), found \"" + parts[4] + "\"");
      }
    }
    return switch (result) {
      case "y" -> new History.Mark(habit, date, true, amount, note, where);
      case "s" -> new History.Mark(habit, date, false, null, note, where);
      case "n" -> null;
      default -> throw Failure.invalidData(where + ":" + column + ": expected y, n or s, found \"" + parts[2] + "\"");
    };
  }

  private static String[] lines(Path file) {
    try {
      if (Files.size(file) > 64L * 1024 * 1024) {
        throw Failure.invalidData(file + ": larger than 64 MB: not read");
      }
      return LoopExport.text(Files.readAllBytes(file), file.toString()).split("\r?\n", -1);
    } catch (NoSuchFileException e) {
      throw Failure.io(file + ": no such file (harsh keeps habits and log in one folder)", e);
    } catch (IOException e) {
      throw Failure.io(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }
}
