package dev.steady.imports;

import dev.steady.failure.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Loop Habit Tracker's CSV export: the zip it writes ({@code Loop Habits CSV YYYY-MM-DD.zip}), or the folder
 * it unpacks to. It holds {@code Habits.csv} (a header, then a row a habit: {@code Position, Name, Question,
 * Description, NumRepetitions, Interval, Color}, the position as {@code 001}) and, for each habit, a folder
 * {@code "001 Name"} with {@code Checkmarks.csv} ({@code Date, Value, Notes}: the date as {@code YYYY-MM-DD},
 * the value {@code YES_MANUAL}, {@code YES_AUTO}, {@code NO}, {@code SKIP}, {@code UNKNOWN}, or a measurable
 * habit's amount in thousandths). Only the days marked done by hand ({@code YES_MANUAL}, or an amount above
 * zero) are history; {@code YES_AUTO} is Loop's own inference and {@code SKIP} a rest day. The other files
 * (the scores, the checkmarks of all habits side by side) repeat what these say.
 */
public final class LoopExport {
  private static final long MOST_BYTES = 64L * 1024 * 1024;

  private LoopExport() {}

  public static History read(Path path) {
    boolean folder = Files.isDirectory(path);
    Map<String, String> files = folder ? folder(path) : zip(path);
    String in = path + (folder ? "/" : "!");
    String habitsName = files.keySet().stream().filter(n -> n.equalsIgnoreCase("Habits.csv")).findFirst()
        .orElseThrow(() -> Failure.invalidData(path + ": no Habits.csv: not a Loop Habit Tracker CSV export"));
    List<History.Habit> habits = new ArrayList<>();
    List<History.Mark> marks = new ArrayList<>();
    String habitsSource = in + habitsName;
    List<List<CsvRows.Cell>> rows = CsvRows.read(files.get(habitsName), habitsSource);
    Header header = Header.of(rows, habitsSource, "Position", "Name");
    for (List<CsvRows.Cell> row : rows.subList(1, rows.size())) {
      String position = header.cell(row, "Position").text().strip();
      String name = header.cell(row, "Name").text().strip();
      int times = header.has("NumRepetitions") ? header.whole(row, "NumRepetitions", 0) : 1;
      int days = header.has("Interval") ? header.whole(row, "Interval", 1) : 1;
      habits.add(new History.Habit(name, times, days));
      String checkmarks = files.keySet().stream()
          .filter(n -> n.startsWith(position + " ") || n.startsWith(position + "/"))
          .filter(n -> n.toLowerCase(Locale.ROOT).endsWith("/checkmarks.csv"))
          .findFirst().orElse(null);
      if (checkmarks != null) {
        marks.addAll(checkmarks(name, files.get(checkmarks), in + checkmarks));
      }
    }
    return new History("Loop Habit Tracker", path.toString(), habits, marks);
  }

  private static List<History.Mark> checkmarks(String habit, String text, String source) {
    List<List<CsvRows.Cell>> rows = CsvRows.read(text, source);
    Header header = Header.of(rows, source, "Date", "Value");
    List<History.Mark> marks = new ArrayList<>();
    for (List<CsvRows.Cell> row : rows.subList(1, rows.size())) {
      CsvRows.Cell dateCell = header.cell(row, "Date");
      LocalDate date = date(dateCell, source);
      CsvRows.Cell value = header.cell(row, "Value");
      String note = header.has("Notes") && header.index("Notes") < row.size() ? row.get(header.index("Notes")).text().strip() : "";
      String where = source + ":" + dateCell.line();
      String v = value.text().strip();
      switch (v) {
        case "YES_MANUAL" -> marks.add(new History.Mark(habit, date, true, null, note, where));
        case "SKIP" -> marks.add(new History.Mark(habit, date, false, null, note, where));
        case "YES_AUTO", "NO", "UNKNOWN", "" -> { }
        default -> {
          double amount = thousandths(value, source);
          if (amount > 0) {
            marks.add(new History.Mark(habit, date, true, amount, note, where));
          }
        }
      }
    }
    return marks;
  }

  private static double thousandths(CsvRows.Cell cell, String source) {
    try {
      long v = Long.parseLong(cell.text().strip());
      if (v < 0 || v > 1_000_000_000_000L) {
        throw new NumberFormatException();
      }
      return v / 1000.0;
    } catch (NumberFormatException e) {
      throw at(source, cell, "expected YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN or an amount in thousandths, found \""
          + cell.text() + "\"");
    }
  }

  static LocalDate date(CsvRows.Cell cell, String source) {
    try {
      return LocalDate.parse(cell.text().strip());
    } catch (DateTimeParseException e) {
      throw at(source, cell, "expected a date YYYY-MM-DD, found \"" + cell.text() + "\"");
    }
  }

  static Failure at(String source, CsvRows.Cell cell, String message) {
    return Failure.invalidData(source + ":" + cell.line() + ":" + cell.column() + ": " + message);
  }

  /** The header row's column names, to find cells by name whatever order a version of Loop writes them in. */
  private record Header(List<String> names, String source, int line) {
    static Header of(List<List<CsvRows.Cell>> rows, String source, String... required) {
      if (rows.isEmpty()) {
        throw Failure.invalidData(source + ":1:1: expected a header row, found an empty file");
      }
      List<String> names = rows.get(0).stream().map(c -> c.text().strip()).toList();
      Header header = new Header(names, source, rows.get(0).get(0).line());
      for (String name : required) {
        if (!names.contains(name)) {
          throw Failure.invalidData(source + ":" + header.line + ":1: expected a column " + name + " in the header");
        }
      }
      return header;
    }

    boolean has(String name) {
      return names.contains(name);
    }

    int index(String name) {
      return names.indexOf(name);
    }

    CsvRows.Cell cell(List<CsvRows.Cell> row, String name) {
      int i = index(name);
      if (i >= row.size()) {
        CsvRows.Cell last = row.get(row.size() - 1);
        throw Failure.invalidData(source + ":" + last.line() + ":" + (last.column() + last.text().length())
            + ": expected a " + name + " cell, found the end of the line");
      }
      return row.get(i);
    }

    int whole(List<CsvRows.Cell> row, String name, int least) {
      CsvRows.Cell cell = cell(row, name);
      try {
        int v = Integer.parseInt(cell.text().strip());
        if (v < least || v > 366) {
          throw new NumberFormatException();
        }
        return v;
      } catch (NumberFormatException e) {
        throw at(source, cell, "expected " + name + " as a whole number from " + least + " to 366, found \"" + cell.text() + "\"");
      }
    }
  }

  private static Map<String, String> folder(Path dir) {
    Map<String, String> files = new LinkedHashMap<>();
    try (var walk = Files.walk(dir, 2)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = dir.relativize(p).toString().replace('\\', '/');
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
          files.put(name, text(Files.readAllBytes(p), dir + "/" + name));
        }
      }
    } catch (IOException e) {
      throw Failure.io(dir + ": cannot read (" + e.getMessage() + ")", e);
    }
    return files;
  }

  private static Map<String, String> zip(Path file) {
    Map<String, String> files = new LinkedHashMap<>();
    long total = 0;
    try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.isDirectory() || !e.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
          continue;
        }
        byte[] bytes = zip.readNBytes((int) (MOST_BYTES - total + 1));
        total += bytes.length;
        if (total > MOST_BYTES) {
          throw Failure.invalidData(file + ": larger than " + MOST_BYTES / (1024 * 1024) + " MB unpacked: not read");
        }
        files.put(e.getName(), text(bytes, file + "!" + e.getName()));
      }
    } catch (NoSuchFileException e) {
      throw Failure.io(file + ": no such file", e);
    } catch (java.util.zip.ZipException e) {
      throw Failure.invalidData(file + ": not a zip file or folder of Loop's CSV export (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw Failure.io(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    if (files.isEmpty()) {
      throw Failure.invalidData(file + ": not a Loop Habit Tracker CSV export (a zip of CSV files, or their folder)");
    }
    return files;
  }

  static String text(byte[] bytes, String source) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw Failure.invalidData(source + ": not UTF-8 text");
    }
  }
}
