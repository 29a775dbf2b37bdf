package dev.steady.imports;

import java.time.LocalDate;
import java.util.List;

/**
 * What another habit tracker kept: its habits, and the days each was done (or rested) on.
 *
 * @param tool the tracker's name, as a summary says it
 * @param source the file or folder read
 */
public record History(String tool, String source, List<Habit> habits, List<Mark> marks) {
  public History {
    habits = List.copyOf(habits);
    marks = List.copyOf(marks);
  }

  /**
   * A habit as the tracker defines it: done {@code times} in every {@code days} days; {@code times} 0 is a
   * habit only tracked, with no target.
   */
  public record Habit(String name, int times, int days) {}

  /**
   * A day a habit was marked: done (with an {@code amount} when the tracker measures one, else null) or a
   * rest day. {@code where} names the file and line it came from, for messages.
   */
  public record Mark(String habit, LocalDate date, boolean done, Double amount, String note, String where) {}
}
