package dev.steady.habit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A log built up in a test, one entry at a time, each recorded a second after the one before. */
final class Log {
  private final List<Entry> entries = new ArrayList<>();

  List<Entry> entries() {
    return List.copyOf(entries);
  }

  Log add(String habit, LocalDate date, Amount amount) {
    int n = entries.size();
    entries.add(
        new Entry(
            "e" + n, habit, date, date.atTime(12, 0).plusSeconds(n).atOffset(ZoneOffset.UTC), amount, null));
    return this;
  }

  /** A breathing session recorded at a local time (in UTC, as every entry here), counting for that day. */
  Log sessionAt(LocalDateTime at, double seconds) {
    entries.add(new Entry("e" + entries.size(), "breathe", at.toLocalDate(), at.atOffset(ZoneOffset.UTC),
        new Amount.Session("4-7-8", true, 4, seconds, 3.2), null));
    return this;
  }

  Log minutes(String habit, LocalDate date, long minutes) {
    return add(habit, date, new Amount.Time(Duration.ofMinutes(minutes)));
  }

  Log session(LocalDate date, double seconds) {
    return add("breathe", date, new Amount.Session("resonance", false, 10, seconds, 6));
  }

  Log count(String habit, LocalDate date, long count) {
    return add(habit, date, new Amount.Count(count));
  }

  Log items(String habit, LocalDate date, String... items) {
    return add(habit, date, new Amount.Items(Arrays.asList(items)));
  }

  Log night(LocalDate wakeDate, String bed, String wake) {
    return add("sleep", wakeDate, new Amount.Night(LocalTime.parse(bed), LocalTime.parse(wake)));
  }
}
