package dev.steady.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steady.failure.Failure;
import dev.steady.habit.Settings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
  @TempDir Path dir;

  @Test
  void loopFolderGivesItsHabitsAndTheDaysMarkedByHand() {
    History h = LoopExport.read(Fixtures.folder("loop"));
    assertThat(h.habits()).containsExactly(
        new History.Habit("Meditate", 1, 1), new History.Habit("Walk", 3, 7), new History.Habit("Pages read", 1, 1));
    assertThat(h.marks()).extracting(m -> m.habit() + " " + m.date() + " " + m.done() + " " + m.amount() + " " + m.note())
        .containsExactly(
            "Meditate 2024-03-05 true null ", "Meditate 2024-03-04 false null ill",
            "Meditate 2024-03-01 true null calm, \"slow\"", "Walk 2024-03-05 true null ",
            "Walk 2024-03-03 true null by the river", "Pages read 2024-03-05 true 12.0 ",
            "Pages read 2024-03-02 true 2.5 a short story");
  }

  @Test
  void loopZipReadsAsItsFolder() {
    History zip = LoopExport.read(Fixtures.loopZip(dir));
    History folder = LoopExport.read(Fixtures.folder("loop"));
    assertThat(zip.habits()).isEqualTo(folder.habits());
    assertThat(zip.marks()).extracting(History.Mark::date).isEqualTo(folder.marks().stream().map(History.Mark::date).toList());
  }

  @Test
  void loopBadCellIsNamedByFileLineAndColumn() {
    Path loop = Fixtures.copy("loop", dir);
    Fixtures.write(loop.resolve("002 Walk/Checkmarks.csv"), "Date,Value,Notes", "2024-03-05,YES_MANUAL,", "2024-3-4,NO,");
    assertThatThrownBy(() -> LoopExport.read(loop))
        .isInstanceOf(Failure.class)
        .hasMessage(loop + "/002 Walk/Checkmarks.csv:3:1: expected a date YYYY-MM-DD, found \"2024-3-4\"")
        .extracting(e -> ((Failure) e).exitCode()).isEqualTo(65);
    Fixtures.write(loop.resolve("002 Walk/Checkmarks.csv"), "Date,Value,Notes", "2024-03-05,\"YES\"X,");
    assertThatThrownBy(() -> LoopExport.read(loop))
        .hasMessage(loop + "/002 Walk/Checkmarks.csv:2:17: expected a comma or the end of the line after a quoted cell");
    Fixtures.write(loop.resolve("002 Walk/Checkmarks.csv"), "Date,Value,Notes", "2024-03-05,MAYBE,");
    assertThatThrownBy(() -> LoopExport.read(loop)).hasMessageStartingWith(loop + "/002 Walk/Checkmarks.csv:2:12: expected YES_MANUAL");
    Fixtures.write(loop.resolve("Habits.csv"), "Position,Name,Question,Description,NumRepetitions,Interval,Color", "001,Meditate,,,x,1,#fff");
    assertThatThrownBy(() -> LoopExport.read(loop))
        .hasMessage(loop + "/Habits.csv:2:16: expected NumRepetitions as a whole number from 0 to 366, found \"x\"");
  }

  @Test
  void notALoopExport() {
    Fixtures.write(dir.resolve("x.zip"), "hello");
    assertThatThrownBy(() -> LoopExport.read(dir.resolve("x.zip"))).hasMessageContaining("not a Loop Habit Tracker CSV export");
    assertThatThrownBy(() -> LoopExport.read(dir.resolve("none.zip")))
        .extracting(e -> ((Failure) e).exitCode()).isEqualTo(74);
  }

  @Test
  void harshGivesItsHabitsAndTheLastWordOnEachDay() {
    History h = HarshFiles.read(Fixtures.folder("harsh"));
    assertThat(h.habits()).containsExactly(
        new History.Habit("Meditated", 1, 1), new History.Habit("Gymmed", 3, 7), new History.Habit("Too much coffee", 0, 1));
    assertThat(h.marks()).extracting(m -> m.habit() + " " + m.date() + " " + m.done() + " " + m.amount() + " " + m.note())
        .containsExactly(
            "Meditated 2024-03-01 true null ", "Gymmed 2024-03-01 true null legs",
            "Meditated 2024-03-02 false null travelling", "Too much coffee 2024-03-02 true 3.0 ",
            "Meditated 2024-03-03 true null morning", "Read 2024-03-04 true null ");
    assertThat(HarshFiles.read(Fixtures.folder("harsh").resolve("log")).marks()).hasSize(6);
  }

  @Test
  void harshBadLinesAreNamedByFileLineAndColumn() {
    Path harsh = Fixtures.copy("harsh", dir);
    Fixtures.write(harsh.resolve("log"), "2024-03-01 : Meditated : y", "2024-03-02 : Meditated : yes");
    assertThatThrownBy(() -> HarshFiles.read(harsh)).hasMessage(harsh.resolve("log") + ":2:26: expected y, n or s, found \"yes\"");
    Fixtures.write(harsh.resolve("log"), "2024-02-30 : Meditated : y");
    assertThatThrownBy(() -> HarshFiles.read(harsh)).hasMessage(harsh.resolve("log") + ":1:1: expected a date YYYY-MM-DD, found \"2024-02-30\"");
    Fixtures.write(harsh.resolve("log"), "2024-02-03 Meditated y");
    assertThatThrownBy(() -> HarshFiles.read(harsh)).hasMessage(harsh.resolve("log") + ":1:23: expected \"YYYY-MM-DD : habit : y|n|s\"");
    Fixtures.write(harsh.resolve("log"), "2024-02-03 : Meditated : y :  : lots");
    assertThatThrownBy(() -> HarshFiles.read(harsh)).hasMessage(harsh.resolve("log") + ":1:33: expected an amount (a number from 0), found \"lots\"");
    Fixtures.write(harsh.resolve("habits"), "Meditated: 1", "Gymmed: 8/7");
    assertThatThrownBy(() -> HarshFiles.read(harsh))
        .hasMessage(harsh.resolve("habits") + ":2:9: expected a frequency N or T/N (T times in N days, T at most N), found \"8/7\"")
        .extracting(e -> ((Failure) e).exitCode()).isEqualTo(65);
  }

  @Test
  void csvKeepsQuotedCommasAndNewlinesAndTheirPlaces() {
    var rows = CsvRows.read("a,\"b,\nc\",d\r\n\n\"\",x,\n", "t.csv");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).extracting(CsvRows.Cell::text).containsExactly("a", "b,\nc", "d");
    assertThat(rows.get(1)).extracting(CsvRows.Cell::text).containsExactly("", "x", "");
    assertThat(rows.get(1).get(1)).isEqualTo(new CsvRows.Cell("x", 4, 4));
    assertThat(LocalDate.parse("2024-03-05")).isNotNull();
  }

  @Test
  void anAmountBeyondWhatAnEntryHoldsIsInvalidDataNamingWhereItCameFrom() {
    History h = new History("harsh", "log", List.of(new History.Habit("Pages", 1, 1)),
        List.of(new History.Mark("Pages", LocalDate.of(2024, 3, 5), true, 2e6, "", "harsh/log:4")));
    assertThatThrownBy(() -> ImportPlan.of(h, Settings.defaults(), Map.of(), ZoneOffset.UTC))
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.exitCode()).isEqualTo(Failure.DATA))
        .hasMessage("harsh/log:4: pages: the amount 2000000 is more than an entry holds (a day's 1440 minutes, or a count"
            + " of 1000000)");
  }
}
